package io.redress.core.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
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
        SeenEvent row = new SeenEvent();
        row.eventId = record.envelope().metadata().id();
        row.occurredAt = record.envelope().metadata().time();
        return row;
    }
}
