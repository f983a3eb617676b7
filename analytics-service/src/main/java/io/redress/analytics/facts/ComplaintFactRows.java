package io.redress.analytics.facts;

import io.redress.core.sql.Sql;
import io.redress.core.sql.Table;
import io.redress.core.sql.Table.Type;
import io.redress.events.Channel;
import io.redress.events.ClosureOutcome;
import io.redress.events.Severity;
import io.vertx.mutiny.sqlclient.Row;
import java.math.BigDecimal;
import java.util.UUID;

/** The {@code analytics_complaint} table: one row per complaint, the stored form of {@link ComplaintFact}. */
final class ComplaintFactRows {

    static final Table<UUID, ComplaintFact> TABLE = Table.<UUID, ComplaintFact>named("analytics_complaint",
                    ComplaintFactRows::read)
            .key("complaint_id", Type.UUID, ComplaintFact::complaintId)
            .column("customer_id", Type.TEXT, ComplaintFact::customerId)
            .column("channel", Type.TEXT, ComplaintFact::channel)
            .column("category", Type.TEXT, ComplaintFact::category)
            .column("severity", Type.TEXT, ComplaintFact::severity)
            .column("product", Type.TEXT, ComplaintFact::product)
            .column("component", Type.TEXT, ComplaintFact::component)
            .column("component_version", Type.TEXT, ComplaintFact::componentVersion)
            .column("employee_id", Type.TEXT, ComplaintFact::employeeId)
            .column("received_at", Type.TIMESTAMP, ComplaintFact::receivedAt)
            .column("filed_at", Type.TIMESTAMP, ComplaintFact::filedAt)
            .column("prior_complaints", Type.INT, ComplaintFact::priorComplaints)
            .column("lifetime_value", Type.NUMERIC, ComplaintFact::lifetimeValue)
            .column("owner_id", Type.TEXT, fact -> fact.milestones().ownerId())
            .column("assignments", Type.INT, fact -> fact.milestones().assignments())
            .column("assigned_at", Type.TIMESTAMP, fact -> fact.milestones().assignedAt())
            .column("first_acknowledged_at", Type.TIMESTAMP, fact -> fact.milestones().firstAcknowledgedAt())
            .column("first_resolved_at", Type.TIMESTAMP, fact -> fact.milestones().firstResolvedAt())
            .column("first_contact", Type.BOOL, fact -> fact.milestones().firstContact())
            .column("first_breached_at", Type.TIMESTAMP, fact -> fact.milestones().firstBreachedAt())
            .column("first_reopened_at", Type.TIMESTAMP, fact -> fact.milestones().firstReopenedAt())
            .column("closed_at", Type.TIMESTAMP, fact -> fact.milestones().closedAt())
            .column("outcome", Type.TEXT, fact -> fact.milestones().outcome())
            .build();

    private ComplaintFactRows() {
    }

    private static ComplaintFact read(Row row) {
        String outcome = row.getString("outcome");
        BigDecimal value = row.getBigDecimal("lifetime_value");
        return new ComplaintFact(row.getUUID("complaint_id"), row.getString("customer_id"),
                Channel.valueOf(row.getString("channel")), row.getString("category"),
                Severity.valueOf(row.getString("severity")), row.getString("product"), row.getString("component"),
                row.getString("component_version"), row.getString("employee_id"), Sql.instant(row, "received_at"),
                Sql.instant(row, "filed_at"), row.getInteger("prior_complaints"), value,
                new Milestones(row.getString("owner_id"), row.getInteger("assignments"),
                        Sql.instant(row, "assigned_at"),
                        Sql.instant(row, "first_acknowledged_at"), Sql.instant(row, "first_resolved_at"),
                        row.getBoolean("first_contact"), Sql.instant(row, "first_breached_at"),
                        Sql.instant(row, "first_reopened_at"), Sql.instant(row, "closed_at"),
                        outcome == null ? null : ClosureOutcome.valueOf(outcome)));
    }
}
