package io.redress.core.projection;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.redress.core.projection.BatchProcessor.Handled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.RetriableException;
import org.jboss.logging.Logger;

/**
 * Runs batches through the {@link BatchProcessor}, one transaction each, and decides what a failure means. While the
 * database or the broker does not answer, the batch waits and is tried again with back-off (readiness DOWN),
 * however long it takes: nothing is skipped. When the batch fails although both answer, its records are applied
 * one by one, and a record that fails alone, twice, is handed to the {@link Poison} policy; the others are applied.
 */
@ApplicationScoped
public class BatchRunner {

    /** What to do with a record that can never be applied (dead-letter it, or report and skip it). */
    @FunctionalInterface
    public interface Poison {
        Uni<Void> handle(LogRecord record, String reason);
    }

    private static final Logger LOG = Logger.getLogger(BatchRunner.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final BatchProcessor processor;
    private final ConsumerHealth health;

    public BatchRunner(BatchProcessor processor, ConsumerHealth health) {
        this.processor = processor;
        this.health = health;
    }

    /** Must be called on a Vert.x context; completes with one {@link Handled} per record, in order. */
    public Uni<List<Handled>> run(List<LogRecord> records, Poison poison) {
        if (records.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return attempt(records, poison, 0, Vertx.currentContext());
    }

    private Uni<List<Handled>> attempt(List<LogRecord> records, Poison poison, int failures, Context context) {
        return Panache.withTransaction(() -> processor.apply(records))
                .invoke(() -> {
                    if (health.up()) {
                        LOG.infof("Processing of complaint-events resumed after %d failed attempts", failures);
                    }
                })
                .onFailure().recoverWithUni(error -> infrastructureAnswers(error).chain(answers -> {
                    if (!answers) {
                        return pause(error, failures, context, true).chain(() -> attempt(records, poison, failures + 1,
                                context));
                    }
                    if (records.size() > 1) {
                        LOG.warnf("A batch of %d records failed although the database answers (%s); applying them "
                                + "one by one", records.size(), reason(error));
                        return oneByOne(records, poison, context);
                    }
                    if (failures == 0) {
                        return pause(error, failures, context, false).chain(() -> attempt(records, poison, 1, context));
                    }
                    return poisoned(records.getFirst(), reason(error), poison);
                }));
    }

    private Uni<List<Handled>> oneByOne(List<LogRecord> records, Poison poison, Context context) {
        Uni<List<Handled>> chain = Uni.createFrom().item(new ArrayList<>());
        for (LogRecord record : records) {
            chain = chain.chain(done -> attempt(List.of(record), poison, 0, context).map(handled -> {
                done.addAll(handled);
                return done;
            }));
        }
        return chain;
    }

    private Uni<List<Handled>> poisoned(LogRecord record, String reason, Poison poison) {
        return poison.handle(record, reason)
                .chain(() -> Panache.withTransaction(() -> Checkpoint.passed(record.position().partition(),
                        record.position().offset())))
                .replaceWith(List.of(new Handled(record, null, reason)));
    }

    /** False when the failure says the broker is unreachable, or the database does not answer a trivial query. */
    private Uni<Boolean> infrastructureAnswers(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetriableException || cause instanceof org.apache.kafka.common.errors.TimeoutException) {
                return Uni.createFrom().item(false);
            }
        }
        return Panache.withSession(() -> Panache.getSession()
                        .chain(session -> session.createNativeQuery("select 1").getSingleResult()))
                .ifNoItem().after(Duration.ofSeconds(5)).fail()
                .map(ignored -> true)
                .onFailure().recoverWithItem(false);
    }

    /** Waits before the next attempt; {@code outage}: the infrastructure does not answer (readiness DOWN). */
    private Uni<Void> pause(Throwable error, int failures, Context context, boolean outage) {
        long millis = Math.min(MAX_BACKOFF.toMillis(), FIRST_BACKOFF.toMillis() << Math.min(failures, 10));
        if (outage && health.down(reason(error))) {
            LOG.warnf("Processing of complaint-events is held up, retrying with back-off: %s", reason(error));
        } else {
            LOG.debugf("Still held up after %d attempts (next in %d ms): %s", failures + 1, millis, reason(error));
        }
        Uni<Void> delay = Uni.createFrom().voidItem().onItem().delayIt().by(Duration.ofMillis(millis));
        // Hibernate Reactive insists on the Vert.x context the work started on.
        return context == null ? delay : delay.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    static String reason(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getClass().getSimpleName() + ": " + root.getMessage();
        return message.length() <= 500 ? message : message.substring(0, 497) + "...";
    }
}
