package io.redress.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The CloudEvents attributes of one event: identity, type, origin, subject, time and its place in a causal chain.
 *
 * @param correlationId the id of the first event of the chain this event belongs to
 * @param causationId   the id of the event that caused this one (its own id for the first event of a chain)
 */
public record EventMetadata(
        UUID id,
        String type,
        String source,
        String subject,
        Instant time,
        UUID correlationId,
        UUID causationId) {

    public EventMetadata {
        Objects.requireNonNull(id, "ce_id");
        Objects.requireNonNull(type, "ce_type");
        Objects.requireNonNull(source, "ce_source");
        Objects.requireNonNull(time, "ce_time");
        correlationId = correlationId == null ? id : correlationId;
        causationId = causationId == null ? id : causationId;
    }

    /** Metadata for an event that starts a new chain (a command from outside, not a reaction). */
    public static EventMetadata firstOf(ComplaintEvent event, String source) {
        return firstOf(event, source, UUID.randomUUID());
    }

    /**
     * As {@link #firstOf(ComplaintEvent, String)} with an id the caller derived (from an idempotency key, say), so a
     * repeated command produces the very same event.
     */
    public static EventMetadata firstOf(ComplaintEvent event, String source, UUID id) {
        return new EventMetadata(id, EventType.of(event).wireName(), source, event.subject(), event.occurredAt(), id, id);
    }

    /** Metadata for an event caused by another one, carrying the chain's correlation id on. */
    public static EventMetadata causedBy(EventMetadata cause, ComplaintEvent event, String source) {
        return causedBy(cause, event, source, UUID.randomUUID());
    }

    /**
     * Metadata for a reaction whose id is derived from its cause: emitting the same reaction twice (after a crash
     * between send and commit) yields the same {@code ce_id}, which every consumer skips as already processed.
     */
    public static EventMetadata reactionTo(EventMetadata cause, ComplaintEvent event, String source) {
        return reactionTo(cause, event, source, "");
    }

    /**
     * As {@link #reactionTo(EventMetadata, ComplaintEvent, String)}, for a cause with several reactions of one type:
     * {@code qualifier} (say, the follow-up kind) tells them apart.
     */
    public static EventMetadata reactionTo(EventMetadata cause, ComplaintEvent event, String source,
            String qualifier) {
        String seed = cause.id() + "/" + EventType.of(event).wireName() + (qualifier.isEmpty() ? "" : "/" + qualifier);
        return causedBy(cause, event, source, UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)));
    }

    /** This metadata with another {@code ce_type}: the codec reads a retired type's record as the current type. */
    EventMetadata withType(String type) {
        return type.equals(this.type) ? this : new EventMetadata(id, type, source, subject, time, correlationId,
                causationId);
    }

    private static EventMetadata causedBy(EventMetadata cause, ComplaintEvent event, String source, UUID id) {
        return new EventMetadata(id, EventType.of(event).wireName(), source, event.subject(), event.occurredAt(),
                cause.correlationId(), cause.id());
    }
}
