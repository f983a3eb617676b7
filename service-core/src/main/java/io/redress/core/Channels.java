package io.redress.core;

/**
 * Reactive-messaging channel names. The incoming channel is named after its topic; the outgoing one needs a name of
 * its own because SmallRye would otherwise wire a same-named emitter straight to the consumer in memory.
 */
public final class Channels {

    /** Reads {@code complaint-events}. */
    public static final String COMPLAINT_EVENTS = "complaint-events";
    /** Writes {@code complaint-events}. */
    public static final String COMPLAINT_EVENTS_OUT = "complaint-events-out";
    /** Writes {@code complaint-events-dlq}: records a service could never apply. */
    public static final String COMPLAINT_EVENTS_DLQ = "complaint-events-dlq";

    private Channels() {
    }
}
