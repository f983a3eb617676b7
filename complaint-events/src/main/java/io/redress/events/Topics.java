package io.redress.events;

import java.time.Duration;
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
    /** Default retention of the topics that hold raw input from other systems. */
    public static final Duration RAW_INPUT_RETENTION = Duration.ofDays(7);
    private static final long ONE_WEEK_MS = Duration.ofDays(7).toMillis();

    /** How one topic is created: name, partition count and retention in milliseconds. */
    public record TopicSpec(String name, int partitions, long retentionMs) {
    }

    private Topics() {
    }

    /** Every topic of the contract, with {@code partitions} partitions for the keyed ones; see below. */
    public static List<TopicSpec> all(int partitions) {
        return all(partitions, RAW_INPUT_RETENTION);
    }

    /**
     * Every topic of the contract. The log is kept forever, and holds personal fields only encrypted. The topics
     * holding raw input from other systems, which may carry personal data in plain text (submissions and the
     * dead-letter topics), are kept for {@code rawInputRetention} only (7 days by default).
     */
    public static List<TopicSpec> all(int partitions, Duration rawInputRetention) {
        long raw = rawInputRetention.toMillis();
        return List.of(
                new TopicSpec(COMPLAINT_EVENTS, partitions, RETAIN_FOREVER),
                new TopicSpec(COMPLAINT_SUBMISSIONS, partitions, raw),
                new TopicSpec(COMPLAINT_SUBMISSIONS_DLQ, 1, raw),
                new TopicSpec(COMPLAINT_EVENTS_DLQ, 1, raw),
                new TopicSpec(COMPLAINT_NOTIFICATIONS, partitions, ONE_WEEK_MS));
    }
}
