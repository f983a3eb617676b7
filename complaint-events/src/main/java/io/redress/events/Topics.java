package io.redress.events;

import java.util.List;

/** Names and shapes of the Kafka topics that make up the Redress contract. */
public final class Topics {

    /** The log: every complaint event, keyed by complaint id; the source of truth, kept forever. */
    public static final String COMPLAINT_EVENTS = "complaint-events";
    /** Raw complaints from other systems, keyed by external reference (else customer id). */
    public static final String COMPLAINT_SUBMISSIONS = "complaint-submissions";
    /** Submissions intake rejected, as received, with the reason in headers. */
    public static final String COMPLAINT_SUBMISSIONS_DLQ = "complaint-submissions-dlq";
    /** Events a service could not process, as received, with the reason in headers. */
    public static final String COMPLAINT_EVENTS_DLQ = "complaint-events-dlq";
    /** Survey invitations, check-ins and owner reminders for mail/SMS senders. */
    public static final String COMPLAINT_NOTIFICATIONS = "complaint-notifications";

    /** Retention meaning "keep forever". */
    public static final long RETAIN_FOREVER = -1L;
    private static final long ONE_WEEK_MS = 7L * 24 * 3600 * 1000;

    /** How one topic is created: name, partition count and retention in milliseconds. */
    public record TopicSpec(String name, int partitions, long retentionMs) {
    }

    private Topics() {
    }

    /**
     * Every topic of the contract, with {@code partitions} partitions for the keyed ones.
     * The log and the dead-letter topics are kept forever: nothing an operator may need is ever aged out.
     */
    public static List<TopicSpec> all(int partitions) {
        return List.of(
                new TopicSpec(COMPLAINT_EVENTS, partitions, RETAIN_FOREVER),
                new TopicSpec(COMPLAINT_SUBMISSIONS, partitions, ONE_WEEK_MS),
                new TopicSpec(COMPLAINT_SUBMISSIONS_DLQ, 1, RETAIN_FOREVER),
                new TopicSpec(COMPLAINT_EVENTS_DLQ, 1, RETAIN_FOREVER),
                new TopicSpec(COMPLAINT_NOTIFICATIONS, partitions, ONE_WEEK_MS));
    }
}
