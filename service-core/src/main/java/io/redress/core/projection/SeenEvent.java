package io.redress.core.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.redress.events.EventEnvelope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The ids of recently applied events ({@code seen_event} table), so a second copy of an event at a later offset (a
 * reaction re-sent after a crash, a retried filing) changes nothing. Rows older than the deduplication window (by
 * event time) are pruned: the table stays bounded.
 */
@Entity
@Table(name = "seen_event", indexes = @Index(name = "seen_event_occurred", columnList = "occurred_at"))
public class SeenEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    static SeenEvent of(LogRecord record) {
        return of(record.envelope());
    }

    /** The row for an event a command applied to the view itself (written through) before appending it. */
    public static SeenEvent of(EventEnvelope envelope) {
        SeenEvent row = new SeenEvent();
        row.eventId = envelope.metadata().id();
        row.occurredAt = envelope.metadata().time();
        return row;
    }
}
