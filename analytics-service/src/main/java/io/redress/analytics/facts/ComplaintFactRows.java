package io.redress.analytics.facts;

import io.redress.core.sql.Sql;
import io.redress.core.sql.Table;
import io.redress.core.sql.Table.Type;
import io.redress.events.Channel;
import io.redress.events.Severity;
import io.vertx.mutiny.sqlclient.Row;
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
            .column("received_at", Type.TIMESTAMP, ComplaintFact::receivedAt)
            .column("filed_at", Type.TIMESTAMP, ComplaintFact::filedAt)
            .column("owner_id", Type.TEXT, ComplaintFact::ownerId)
            .column("assigned_at", Type.TIMESTAMP, ComplaintFact::assignedAt)
            .build();

    private ComplaintFactRows() {
    }

    private static ComplaintFact read(Row row) {
        return new ComplaintFact(row.getUUID("complaint_id"), row.getString("customer_id"),
                Channel.valueOf(row.getString("channel")), row.getString("category"),
                Severity.valueOf(row.getString("severity")), Sql.instant(row, "received_at"),
                Sql.instant(row, "filed_at"), row.getString("owner_id"), Sql.instant(row, "assigned_at"));
    }
}
