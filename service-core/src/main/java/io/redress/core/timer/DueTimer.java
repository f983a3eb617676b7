package io.redress.core.timer;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.redress.events.EventMetadata;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * A timer waiting to fire ({@code due_timer} table, part of the view: rebuilt from the log). At most one per subject
 * and name: scheduling again replaces it. It remembers the event that set it, so what it fires is a reaction with
 * a deterministic id, harmless if sent twice.
 */
@Entity
@Table(name = "due_timer", indexes = @Index(name = "due_timer_due", columnList = "due_at"))
public class DueTimer extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 100)
    public String subject;

    @Column(nullable = false, length = 50)
    public String name;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "cause_id", nullable = false)
    public UUID causeId;

    @Column(name = "correlation_id", nullable = false)
    public UUID correlationId;

    static UUID idOf(String subject, String name) {
        return UUID.nameUUIDFromBytes(("timer/" + subject + "/" + name).getBytes(StandardCharsets.UTF_8));
    }

    static DueTimer of(EventMetadata cause, String subject, String name, Instant dueAt) {
        DueTimer timer = new DueTimer();
        timer.id = idOf(subject, name);
        timer.subject = subject;
        timer.name = name;
        timer.dueAt = dueAt;
        timer.causeId = cause.id();
        timer.correlationId = cause.correlationId();
        return timer;
    }

    /** The metadata of the event that set the timer, enough to derive the fired event's id and causal chain. */
    public EventMetadata cause() {
        return new EventMetadata(causeId, "timer", "/redress/timer", subject, dueAt, correlationId, causeId);
    }
}
