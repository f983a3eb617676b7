package io.redress.core.projection;

import io.redress.core.projection.BatchProcessor.Handled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Supplier;

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
    private final ConsumerHealth health;

    public BatchRunner(BatchProcessor processor, ConsumerHealth health) {
        this.processor = processor;
        this.health = health;
    }

    /** Must be called on a Vert.x context; completes with one {@link Handled} per record, in order. */
    public Uni<List<Handled>> run(List<LogRecord> records, Poison poison) {
        return run(records, poison, () -> Uni.createFrom().voidItem());
    }

    /** As {@link #run(List, Poison)}, with {@code preamble} opening each transaction (a rebuild routes its writes). */
    public Uni<List<Handled>> run(List<LogRecord> records, Poison poison, Supplier<Uni<Void>> preamble) {
        if (records.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return new BatchAttempts(processor, health, poison, preamble, Vertx.currentContext()).attempt(records, 0);
    }
}
