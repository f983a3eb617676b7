package io.redress.followup.tracking;

import io.redress.core.sql.Sql;
import io.redress.core.sql.Table;
import io.redress.core.sql.Table.Type;
import io.redress.events.FollowUpKind;
import io.redress.events.SlaClock;
import io.vertx.mutiny.sqlclient.Row;
import java.util.UUID;

/**
 * The {@code followup_follow_up} table: one row per follow-up, keyed by complaint and follow-up (so a complaint's
 * follow-ups load in one query), the stored form of {@link FollowUp}.
 */
public final class FollowUpRows {

    static final Table<UUID, FollowUp> TABLE = Table.<UUID, FollowUp>named("followup_follow_up", FollowUpRows::read)
            .key("complaint_id", Type.UUID, FollowUp::complaintId)
            .key("follow_up_id", Type.UUID, FollowUp::followUpId)
            .column("kind", Type.TEXT, FollowUp::kind)
            .column("clock", Type.TEXT, FollowUp::clock)
            .column("attempt", Type.INT, FollowUp::attempt)
            .column("status", Type.TEXT, FollowUp::status)
            .column("scheduled_at", Type.TIMESTAMP, FollowUp::scheduledAt)
            .column("due_at", Type.TIMESTAMP, FollowUp::dueAt)
            .column("sent_at", Type.TIMESTAMP, FollowUp::sentAt)
            .column("cancelled_at", Type.TIMESTAMP, FollowUp::cancelledAt)
            .column("cancel_reason", Type.TEXT, FollowUp::cancelReason)
            .build();

    /** The columns, in the order {@link #read} wants them, for queries of this table's own. */
    public static final String COLUMNS = "complaint_id, follow_up_id, kind, clock, attempt, status, scheduled_at, "
            + "due_at, sent_at, cancelled_at, cancel_reason";

    private FollowUpRows() {
    }

    public static FollowUp read(Row row) {
        return new FollowUp(row.getUUID("complaint_id"), row.getUUID("follow_up_id"),
                FollowUpKind.valueOf(row.getString("kind")),
                TrackedComplaintRows.named(SlaClock.class, row.getString("clock")), row.getInteger("attempt"),
                FollowUpStatus.valueOf(row.getString("status")), Sql.instant(row, "scheduled_at"),
                Sql.instant(row, "due_at"), Sql.instant(row, "sent_at"), Sql.instant(row, "cancelled_at"),
                row.getString("cancel_reason"));
    }
}
