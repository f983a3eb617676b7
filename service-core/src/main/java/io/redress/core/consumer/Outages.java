package io.redress.core.consumer;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Duration;
import org.apache.kafka.common.errors.RetriableException;

/**
 * What a consumer's failure means, shared by every consumer: whether the infrastructure answers (an outage is waited
 * out, never skipped), how long to wait before the next attempt, and the failure's reason in one line.
 */
public final class Outages {

    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private Outages() {
    }

    /** False when the failure says the broker is unreachable, or the database does not answer a trivial query. */
    public static Uni<Boolean> answer(Pool pool, Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetriableException || cause instanceof org.apache.kafka.common.errors.TimeoutException) {
                return Uni.createFrom().item(false);
            }
        }
        return pool.query("select 1").execute()
                .ifNoItem().after(Duration.ofSeconds(5)).fail()
                .map(ignored -> true)
                .onFailure().recoverWithItem(false);
    }

    /** The wait before the attempt after {@code failures} failed ones: 250 ms doubling, at most 30 s. */
    public static Duration backoff(int failures) {
        return Duration.ofMillis(Math.min(MAX_BACKOFF.toMillis(), FIRST_BACKOFF.toMillis() << Math.min(failures, 10)));
    }

    /** The root cause of a failure, in one line of at most 500 characters. */
    public static String reason(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getClass().getSimpleName() + ": " + root.getMessage();
        return message.length() <= 500 ? message : message.substring(0, 497) + "...";
    }
}
