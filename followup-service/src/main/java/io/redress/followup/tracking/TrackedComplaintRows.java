package io.redress.followup.tracking;

import io.redress.core.sql.Sql;
import io.redress.core.sql.Table;
import io.redress.core.sql.Table.Type;
import io.vertx.mutiny.sqlclient.Row;
import java.util.UUID;

/** The {@code followup_complaint} table: one row per complaint, the stored form of {@link TrackedComplaint}. */
final class TrackedComplaintRows {

    static final Table<UUID, TrackedComplaint> TABLE = Table.<UUID, TrackedComplaint>named("followup_complaint",
                    TrackedComplaintRows::read)
            .key("complaint_id", Type.UUID, TrackedComplaint::complaintId)
            .column("customer_id", Type.TEXT, TrackedComplaint::customerId)
            .column("stage", Type.TEXT, TrackedComplaint::stage)
            .column("received_at", Type.TIMESTAMP, TrackedComplaint::receivedAt)
            .column("owner_id", Type.TEXT, TrackedComplaint::ownerId)
            .column("assigned_at", Type.TIMESTAMP, TrackedComplaint::assignedAt)
            .build();

    private TrackedComplaintRows() {
    }

    private static TrackedComplaint read(Row row) {
        return new TrackedComplaint(row.getUUID("complaint_id"), row.getString("customer_id"),
                FollowUpStage.valueOf(row.getString("stage")), Sql.instant(row, "received_at"),
                row.getString("owner_id"), Sql.instant(row, "assigned_at"));
    }
}
