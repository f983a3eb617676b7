package io.redress.resolution.view;

import io.redress.core.sql.Sql;
import io.redress.core.sql.Table.Type;
import io.redress.core.sql.Table;
import io.redress.events.Severity;
import io.redress.resolution.lifecycle.ComplaintState;
import io.redress.resolution.lifecycle.ComplaintStatus;
import io.vertx.mutiny.sqlclient.Row;
import java.util.UUID;

/** The {@code resolution_complaint} table: one row per complaint, the stored form of {@link ComplaintState}. */
final class ComplaintRows {

    static final Table<UUID, ComplaintState> TABLE = Table.<UUID, ComplaintState>named("resolution_complaint",
                    ComplaintRows::read)
            .key("complaint_id", Type.UUID, ComplaintState::complaintId)
            .column("status", Type.TEXT, ComplaintState::status)
            .column("customer_id", Type.TEXT, ComplaintState::customerId)
            .column("category", Type.TEXT, ComplaintState::category)
            .column("severity", Type.TEXT, ComplaintState::severity)
            .column("received_at", Type.TIMESTAMP, ComplaintState::receivedAt)
            .column("owner_id", Type.TEXT, ComplaintState::ownerId)
            .column("team", Type.TEXT, ComplaintState::team)
            .column("escalation_level", Type.INT, ComplaintState::escalationLevel)
            .build();

    private ComplaintRows() {
    }

    private static ComplaintState read(Row row) {
        return new ComplaintState(row.getUUID("complaint_id"), ComplaintStatus.valueOf(row.getString("status")),
                row.getString("customer_id"), row.getString("category"), Severity.valueOf(row.getString("severity")),
                Sql.instant(row, "received_at"), row.getString("owner_id"), row.getString("team"),
                row.getInteger("escalation_level"));
    }
}
