package io.redress.intake.view;

import io.redress.core.sql.Sql;
import io.redress.core.sql.Table;
import io.redress.core.sql.Table.Type;
import io.redress.events.Channel;
import io.redress.events.ComplaintFiled;
import io.redress.events.Severity;
import io.vertx.mutiny.sqlclient.Row;
import java.util.UUID;

/** The {@code intake_complaint} table: one row per complaint, the stored form of {@link IntakeComplaint}. */
final class ComplaintRows {

    static final Table<UUID, IntakeComplaint> TABLE = Table.<UUID, IntakeComplaint>named("intake_complaint",
                    ComplaintRows::read)
            .key("complaint_id", Type.UUID, IntakeComplaint::complaintId)
            .column("customer_id", Type.TEXT, IntakeComplaint::customerId)
            .column("customer_name", Type.TEXT, IntakeComplaint::customerName)
            .column("channel", Type.TEXT, IntakeComplaint::channel)
            .column("category", Type.TEXT, IntakeComplaint::category)
            .column("severity", Type.TEXT, IntakeComplaint::severity)
            .column("description", Type.TEXT, IntakeComplaint::description)
            .column("product", Type.TEXT, IntakeComplaint::product)
            .column("component", Type.TEXT, IntakeComplaint::component)
            .column("component_version", Type.TEXT, IntakeComplaint::componentVersion)
            .column("employee_id", Type.TEXT, IntakeComplaint::employeeId)
            .column("problem_occurred_at", Type.TIMESTAMP, IntakeComplaint::problemOccurredAt)
            .column("received_at", Type.TIMESTAMP, IntakeComplaint::receivedAt)
            .column("filed_at", Type.TIMESTAMP, IntakeComplaint::filedAt)
            .column("external_ref", Type.TEXT, IntakeComplaint::externalRef)
            .column("customer_lifetime_value", Type.NUMERIC, IntakeComplaint::customerLifetimeValue)
            .column("prior_complaints", Type.INT, IntakeComplaint::priorComplaints)
            .column("contact_count", Type.INT, IntakeComplaint::contactCount)
            .column("closed", Type.BOOL, IntakeComplaint::closed)
            .column("closed_at", Type.TIMESTAMP, IntakeComplaint::closedAt)
            .column("language", Type.TEXT, IntakeComplaint::language)
            .column("status", Type.TEXT, IntakeComplaint::status)
            .column("owner_id", Type.TEXT, IntakeComplaint::ownerId)
            .column("erased", Type.BOOL, IntakeComplaint::erased)
            .build();

    private ComplaintRows() {
    }

    /** A new complaint's row: open, one contact (the filing itself), personal fields as the event has them. */
    static IntakeComplaint filed(ComplaintFiled filed) {
        return new IntakeComplaint(filed.complaintId(), filed.customerId(), filed.customerName(), filed.channel(),
                filed.category(), filed.severity(), filed.description(), filed.product(), filed.component(),
                filed.componentVersion(), filed.employeeId(), filed.problemOccurredAt(), filed.receivedAt(),
                filed.occurredAt(), filed.externalRef(), filed.customerLifetimeValue(), filed.priorComplaints(), 1,
                false, null, filed.language(), ComplaintStatus.FILED, null, false);
    }

    private static IntakeComplaint read(Row row) {
        return new IntakeComplaint(row.getUUID("complaint_id"), row.getString("customer_id"),
                row.getString("customer_name"), Channel.valueOf(row.getString("channel")), row.getString("category"),
                Severity.valueOf(row.getString("severity")), row.getString("description"), row.getString("product"),
                row.getString("component"), row.getString("component_version"), row.getString("employee_id"),
                Sql.instant(row, "problem_occurred_at"), Sql.instant(row, "received_at"), Sql.instant(row, "filed_at"),
                row.getString("external_ref"), row.getBigDecimal("customer_lifetime_value"),
                row.getInteger("prior_complaints"), row.getInteger("contact_count"), row.getBoolean("closed"),
                Sql.instant(row, "closed_at"), row.getString("language"),
                ComplaintStatus.valueOf(row.getString("status")), row.getString("owner_id"), row.getBoolean("erased"));
    }
}
