package io.redress.core.consumer;

import io.redress.core.consumer.BatchAttempts.Run;
import io.redress.core.consumer.BatchProcessor.Handled;
import io.redress.core.consumer.BatchProcessor.Scope;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;

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

    private final BatchProcessor processor;
    private final Pool pool;
    private final ConsumerHealth health;

    public BatchRunner(BatchProcessor processor, Pool pool, ConsumerHealth health) {
        this.processor = processor;
        this.pool = pool;
        this.health = health;
    }

    /**
     * Must be called on a Vert.x context; completes with one {@link Handled} per record, in order.
     *
     * @param scope    the read models the records are for
     * @param memory   the run's memory of applied events older than the dedup window
     * @param preamble opens each transaction (the live consumer takes the shared view lock, a rebuild routes its
     *                 writes to the shadow tables)
     */
    public Uni<List<Handled>> run(List<LogRecord> records, Scope scope, RecentIds memory, Poison poison,
            Function<SqlConnection, Uni<Void>> preamble) {
        if (records.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return new BatchAttempts(processor, pool, health, new Run(scope, memory, poison, preamble),
                Vertx.currentContext()).attempt(records, 0);
    }
}
