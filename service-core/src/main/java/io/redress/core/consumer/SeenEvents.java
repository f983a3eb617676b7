package io.redress.core.consumer;

import io.redress.core.sql.Sql;
import io.redress.core.sql.Table;
import io.redress.core.sql.Table.Type;
import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ids of applied events ({@code seen_event} table), so a second copy of an event at a later offset (a reaction
 * re-sent after a crash, a retried filing) changes nothing. Only events younger than the dedup window
 * ({@code redress.dedup.window}, by the wall clock) get a row, written set-wise, and rows older than the window are
 * pruned: the table stays bounded, and a replay of an old log writes almost none. Older events are remembered by the
 * run's {@link RecentIds} instead.
 */
@ApplicationScoped
public class SeenEvents {

    private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);

    /** One row: an applied event's id and time. */
    private record Seen(UUID eventId, Instant occurredAt) {
    }

    private static final Table<UUID, Seen> TABLE = Table.<UUID, Seen>named("seen_event",
                    row -> new Seen(row.getUUID("event_id"), Sql.instant(row, "occurred_at")))
            .key("event_id", Type.UUID, Seen::eventId)
            .column("occurred_at", Type.TIMESTAMP, Seen::occurredAt)
            .build();

    private final Clock clock;
    private final Duration window;
    private volatile Instant prunedAt = Instant.EPOCH;

    public SeenEvents(Clock clock, @ConfigProperty(name = "redress.dedup.window", defaultValue = "P7D")
            Duration window) {
        this.clock = clock;
        this.window = window;
    }

    /** The records whose event was not applied before (by id: in the table, the run's memory, or this batch). */
    Uni<List<LogRecord>> unseen(SqlConnection tx, List<LogRecord> records, RecentIds memory) {
        if (records.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = records.stream().map(record -> record.envelope().metadata().id()).toList();
        return TABLE.load(tx, ids).map(found -> {
            Set<UUID> seen = new HashSet<>(found.keySet());
            return records.stream().filter(record -> {
                UUID id = record.envelope().metadata().id();
                return !memory.contains(id) && seen.add(id);
            }).toList();
        });
    }

    /** Records the events as applied, in the caller's transaction; {@code memory} takes those older than the window. */
    public Uni<Void> remember(SqlConnection tx, List<EventEnvelope> events, RecentIds memory) {
        Instant horizon = clock.instant().minus(window);
        List<Seen> recent = new ArrayList<>();
        for (EventEnvelope envelope : events) {
            if (envelope.metadata().time().isBefore(horizon)) {
                memory.add(envelope.metadata().id());
            } else {
                recent.add(new Seen(envelope.metadata().id(), envelope.metadata().time()));
            }
        }
        return TABLE.insertMissing(tx, recent).chain(() -> pruneIfDue(tx, horizon));
    }

    private Uni<Void> pruneIfDue(SqlConnection tx, Instant horizon) {
        Instant now = clock.instant();
        if (now.isBefore(prunedAt.plus(PRUNE_EVERY))) {
            return Uni.createFrom().voidItem();
        }
        prunedAt = now;
        return Sql.execute(tx, "delete from seen_event where occurred_at < $1", Sql.time(horizon));
    }
}
