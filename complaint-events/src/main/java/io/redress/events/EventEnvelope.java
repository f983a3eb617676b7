package io.redress.events;

/** One event with its CloudEvents metadata: what travels on {@code complaint-events} as headers plus JSON value. */
public record EventEnvelope(EventMetadata metadata, ComplaintEvent event) {

    public static EventEnvelope first(ComplaintEvent event, String source) {
        return new EventEnvelope(EventMetadata.firstOf(event, source), event);
    }

    public static EventEnvelope causedBy(EventMetadata cause, ComplaintEvent event, String source) {
        return new EventEnvelope(EventMetadata.causedBy(cause, event, source), event);
    }

    public static EventEnvelope reactionTo(EventMetadata cause, ComplaintEvent event, String source) {
        return new EventEnvelope(EventMetadata.reactionTo(cause, event, source), event);
    }

    /** The Kafka record key: the complaint id (the customer or root-cause id for events not about one complaint). */
    public String key() {
        return event.subject();
    }
}
