package io.redress.core.consumer;

import io.redress.core.VertxContexts;
import io.redress.core.consumer.BatchProcessor.Handled;
import io.redress.core.consumer.BatchProcessor.Scope;
import io.redress.core.consumer.BatchRunner.Poison;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jboss.logging.Logger;

/** The attempts at one batch for the {@link BatchRunner}: retries, back-off, isolation of a poison record. */
final class BatchAttempts {

    private static final Logger LOG = Logger.getLogger(BatchRunner.class);

    private final BatchProcessor processor;
    private final Pool pool;
    private final ConsumerHealth health;
    private final Run run;
    private final Context context;

    /** What a run of batches shares: the read models it is for, its memory of old ids, its poison policy and preamble. */
    record Run(Scope scope, RecentIds memory, Poison poison, Function<SqlConnection, Uni<Void>> preamble) {
    }

    BatchAttempts(BatchProcessor processor, Pool pool, ConsumerHealth health, Run run, Context context) {
        this.processor = processor;
        this.pool = pool;
        this.health = health;
        this.run = run;
        this.context = context;
    }

    Uni<List<Handled>> attempt(List<LogRecord> records, int failures) {
        return pool.withTransaction(tx -> run.preamble().apply(tx)
                        .chain(() -> processor.apply(tx, records, run.scope(), run.memory())))
                .invoke(() -> {
                    if (health.up()) {
                        LOG.infof("Processing of complaint-events resumed after %d failed attempts", failures);
                    }
                })
                .onFailure().recoverWithUni(error -> Outages.answer(pool, error).chain(answers -> {
                    if (!answers) {
                        return pause(error, failures, true).chain(() -> attempt(records, failures + 1));
                    }
                    if (records.size() > 1) {
                        LOG.warnf("A batch of %d records failed although the database answers (%s); applying them "
                                + "one by one", records.size(), Outages.reason(error));
                        return oneByOne(records);
                    }
                    if (failures == 0) {
                        return pause(error, failures, false).chain(() -> attempt(records, 1));
                    }
                    return poisoned(records.getFirst(), Outages.reason(error));
                }));
    }

    /** One after the other, as a stream: a chain of one Uni per record would recurse once per record when run. */
    private Uni<List<Handled>> oneByOne(List<LogRecord> records) {
        return Multi.createFrom().iterable(records)
                .onItem().transformToUniAndConcatenate(record -> attempt(List.of(record), 0))
                .collect().asList()
                .map(lists -> lists.stream().flatMap(List::stream).toList());
    }

    private Uni<List<Handled>> poisoned(LogRecord record, String reason) {
        return run.poison().handle(record, reason)
                .chain(() -> pool.withTransaction(tx -> run.preamble().apply(tx).chain(() -> Checkpoints.advance(tx,
                        Map.of(record.position().partition(), record.position().offset() + 1)))))
                .replaceWith(List.of(new Handled(record, null, reason)));
    }

    /** Waits before the next attempt; {@code outage}: the infrastructure does not answer (readiness DOWN). */
    private Uni<Void> pause(Throwable error, int failures, boolean outage) {
        long millis = Outages.backoff(failures).toMillis();
        String reason = Outages.reason(error);
        if (outage && health.down(reason)) {
            LOG.warnf("Processing of complaint-events is held up, retrying with back-off: %s", reason);
        } else {
            LOG.debugf("Still held up after %d attempts (next in %d ms): %s", failures + 1, millis, reason);
        }
        return VertxContexts.backOn(context,
                Uni.createFrom().voidItem().onItem().delayIt().by(Duration.ofMillis(millis)));
    }
}
