package io.redress.resolution.view;

import io.redress.core.sql.Sql;
import io.redress.core.sql.Table;
import io.redress.core.sql.Table.Type;
import io.redress.events.Severity;
import io.redress.resolution.lifecycle.ComplaintState;
import io.redress.resolution.lifecycle.ComplaintStatus;
import io.vertx.mutiny.sqlclient.Row;
import java.util.UUID;

/** The {@code resolution_complaint} table: one row per complaint, the stored form of {@link ComplaintState}. */
public final class ComplaintRows {

    static final Table<UUID, ComplaintState> TABLE = Table.<UUID, ComplaintState>named("resolution_complaint",
                    ComplaintRows::read)
            .key("complaint_id", Type.UUID, ComplaintState::complaintId)
            .column("status", Type.TEXT, ComplaintState::status)
            .column("customer_id", Type.TEXT, ComplaintState::customerId)
            .column("category", Type.TEXT, ComplaintState::category)
            .column("component", Type.TEXT, ComplaintState::component)
            .column("severity", Type.TEXT, ComplaintState::severity)
            .column("prior_complaints", Type.INT, ComplaintState::priorComplaints)
            .column("received_at", Type.TIMESTAMP, ComplaintState::receivedAt)
            .column("owner_id", Type.TEXT, ComplaintState::ownerId)
            .column("team", Type.TEXT, ComplaintState::team)
            .column("rule", Type.TEXT, ComplaintState::rule)
            .column("first_owner_id", Type.TEXT, ComplaintState::firstOwnerId)
            .column("escalation_level", Type.INT, ComplaintState::escalationLevel)
            .column("acknowledge_due_at", Type.TIMESTAMP, ComplaintState::acknowledgeDueAt)
            .column("acknowledged_at", Type.TIMESTAMP, ComplaintState::acknowledgedAt)
            .column("acknowledge_breached_at", Type.TIMESTAMP, ComplaintState::acknowledgeBreachedAt)
            .column("resolve_due_at", Type.TIMESTAMP, ComplaintState::resolveDueAt)
            .column("resolved_at", Type.TIMESTAMP, ComplaintState::resolvedAt)
            .column("resolve_breached_at", Type.TIMESTAMP, ComplaintState::resolveBreachedAt)
            .column("next_due_at", Type.TIMESTAMP, ComplaintState::nextDueAt)
            .column("contact_count", Type.INT, ComplaintState::contactCount)
            .column("reopen_count", Type.INT, ComplaintState::reopenCount)
            .build();

    private ComplaintRows() {
    }

    public static ComplaintState read(Row row) {
        return new ComplaintState(row.getUUID("complaint_id"), ComplaintStatus.valueOf(row.getString("status")),
                row.getString("customer_id"), row.getString("category"), row.getString("component"),
                Severity.valueOf(row.getString("severity")), row.getInteger("prior_complaints"),
                Sql.instant(row, "received_at"), row.getString("owner_id"), row.getString("team"),
                row.getString("rule"), row.getString("first_owner_id"), row.getInteger("escalation_level"),
                Sql.instant(row, "acknowledge_due_at"), Sql.instant(row, "acknowledged_at"),
                Sql.instant(row, "acknowledge_breached_at"), Sql.instant(row, "resolve_due_at"),
                Sql.instant(row, "resolved_at"), Sql.instant(row, "resolve_breached_at"),
                row.getInteger("contact_count"), row.getInteger("reopen_count"));
    }
}
