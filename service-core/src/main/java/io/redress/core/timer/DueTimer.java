package io.redress.core.timer;

import io.redress.core.sql.Sql;
import io.redress.core.sql.Table;
import io.redress.core.sql.Table.Type;
import io.redress.events.EventMetadata;
import io.vertx.mutiny.sqlclient.Row;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * A timer waiting to fire ({@code due_timer} table, part of the view: rebuilt from the log). At most one per subject
 * and name: scheduling again replaces it. It remembers the event that set it, so what it fires is a reaction with
 * a deterministic id, harmless if sent twice.
 */
public record DueTimer(UUID id, String subject, String name, Instant dueAt, UUID causeId, UUID correlationId) {

    static final Table<UUID, DueTimer> TABLE = Table.<UUID, DueTimer>named("due_timer", DueTimer::read)
            .key("id", Type.UUID, DueTimer::id)
            .column("subject", Type.TEXT, DueTimer::subject)
            .column("name", Type.TEXT, DueTimer::name)
            .column("due_at", Type.TIMESTAMP, DueTimer::dueAt)
            .column("cause_id", Type.UUID, DueTimer::causeId)
            .column("correlation_id", Type.UUID, DueTimer::correlationId)
            .build();

    static UUID idOf(String subject, String name) {
        return UUID.nameUUIDFromBytes(("timer/" + subject + "/" + name).getBytes(StandardCharsets.UTF_8));
    }

    static DueTimer of(EventMetadata cause, String subject, String name, Instant dueAt) {
        return new DueTimer(idOf(subject, name), subject, name, dueAt, cause.id(), cause.correlationId());
    }

    static DueTimer read(Row row) {
        return new DueTimer(row.getUUID("id"), row.getString("subject"), row.getString("name"),
                Sql.instant(row, "due_at"), row.getUUID("cause_id"), row.getUUID("correlation_id"));
    }

    /** The metadata of the event that set the timer, enough to derive the fired event's id and causal chain. */
    public EventMetadata cause() {
        return new EventMetadata(causeId, "timer", "/redress/timer", subject, dueAt, correlationId, causeId);
    }
}
