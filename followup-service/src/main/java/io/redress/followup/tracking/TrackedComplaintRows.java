package io.redress.followup.tracking;

import io.redress.core.sql.Sql;
import io.redress.core.sql.Table;
import io.redress.core.sql.Table.Type;
import io.redress.events.Channel;
import io.redress.events.ClosureOutcome;
import io.redress.events.Severity;
import io.vertx.mutiny.sqlclient.Row;
import java.util.UUID;
import java.util.function.Function;

/** The {@code followup_complaint} table: one row per complaint, the stored form of {@link TrackedComplaint}. */
final class TrackedComplaintRows {

    static final Table<UUID, TrackedComplaint> TABLE = Table.<UUID, TrackedComplaint>named("followup_complaint",
                    TrackedComplaintRows::read)
            .key("complaint_id", Type.UUID, TrackedComplaint::complaintId)
            .column("customer_id", Type.TEXT, TrackedComplaint::customerId)
            .column("channel", Type.TEXT, TrackedComplaint::channel)
            .column("language", Type.TEXT, TrackedComplaint::language)
            .column("severity", Type.TEXT, TrackedComplaint::severity)
            .column("stage", Type.TEXT, TrackedComplaint::stage)
            .column("received_at", Type.TIMESTAMP, TrackedComplaint::receivedAt)
            .column("owner_id", Type.TEXT, TrackedComplaint::ownerId)
            .column("owner_name", Type.TEXT, TrackedComplaint::ownerName)
            .column("assigned_at", Type.TIMESTAMP, TrackedComplaint::assignedAt)
            .column("acknowledge_by", Type.TIMESTAMP, TrackedComplaint::acknowledgeBy)
            .column("resolve_by", Type.TIMESTAMP, TrackedComplaint::resolveBy)
            .column("acknowledged_at", Type.TIMESTAMP, TrackedComplaint::acknowledgedAt)
            .column("resolved_at", Type.TIMESTAMP, TrackedComplaint::resolvedAt)
            .column("reopened_at", Type.TIMESTAMP, TrackedComplaint::reopenedAt)
            .column("reopen_count", Type.INT, TrackedComplaint::reopenCount)
            .column("surveys_sent", Type.INT, TrackedComplaint::surveysSent)
            .column("check_in_sent", Type.BOOL, TrackedComplaint::checkInSent)
            .column("score", Type.INT, answer(TrackedComplaint.Answer::score))
            .column("ownership_taken", Type.BOOL, answer(TrackedComplaint.Answer::ownershipTaken))
            .column("felt_valued", Type.BOOL, answer(TrackedComplaint.Answer::feltValued))
            .column("resolved_quickly", Type.BOOL, answer(TrackedComplaint.Answer::resolvedQuickly))
            .column("regret_expressed", Type.BOOL, answer(TrackedComplaint.Answer::regretExpressed))
            .column("comment", Type.TEXT, answer(TrackedComplaint.Answer::comment))
            .column("answered_at", Type.TIMESTAMP, answer(TrackedComplaint.Answer::recordedAt))
            .column("close_due_at", Type.TIMESTAMP, TrackedComplaint::closeDueAt)
            .column("outcome", Type.TEXT, TrackedComplaint::outcome)
            .column("closed_at", Type.TIMESTAMP, TrackedComplaint::closedAt)
            .build();

    private TrackedComplaintRows() {
    }

    private static Function<TrackedComplaint, Object> answer(Function<TrackedComplaint.Answer, Object> field) {
        return complaint -> complaint.answer() == null ? null : field.apply(complaint.answer());
    }

    static TrackedComplaint read(Row row) {
        Integer score = row.getInteger("score");
        TrackedComplaint.Answer answer = score == null ? null : new TrackedComplaint.Answer(score,
                row.getBoolean("ownership_taken"), row.getBoolean("felt_valued"), row.getBoolean("resolved_quickly"),
                row.getBoolean("regret_expressed"), row.getString("comment"), Sql.instant(row, "answered_at"));
        return new TrackedComplaint(row.getUUID("complaint_id"), row.getString("customer_id"),
                named(Channel.class, row.getString("channel")), row.getString("language"),
                named(Severity.class, row.getString("severity")), FollowUpStage.valueOf(row.getString("stage")),
                Sql.instant(row, "received_at"), row.getString("owner_id"), row.getString("owner_name"),
                Sql.instant(row, "assigned_at"), Sql.instant(row, "acknowledge_by"), Sql.instant(row, "resolve_by"),
                Sql.instant(row, "acknowledged_at"), Sql.instant(row, "resolved_at"), Sql.instant(row, "reopened_at"),
                row.getInteger("reopen_count"), row.getInteger("surveys_sent"),
                row.getBoolean("check_in_sent"), answer, Sql.instant(row, "close_due_at"),
                named(ClosureOutcome.class, row.getString("outcome")), Sql.instant(row, "closed_at"));
    }

    static <E extends Enum<E>> E named(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
