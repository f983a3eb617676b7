package io.redress.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Polls a service until something holds, more sparsely as time goes on (a tenth of the time waited since the
 * request was due, at least 5 ms, at most 1 s), on one daemon thread of its own: the open-loop benches follow their
 * complaints with it.
 */
final class Polls implements AutoCloseable {

    private final ScheduledExecutorService scheduler;
    private final BooleanSupplier stopped;

    /** @param stopped whether to give up following (the run is over) */
    Polls(String name, BooleanSupplier stopped) {
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        this.stopped = stopped;
    }

    /** Asks {@code check} until it answers true, then runs {@code seen}; {@code due} is when the request was due. */
    void until(long due, Supplier<CompletableFuture<Boolean>> check, Runnable seen) {
        if (stopped.getAsBoolean()) {
            return;
        }
        check.get().whenComplete((held, error) -> {
            if (error == null && held) {
                seen.run();
                return;
            }
            long waited = System.nanoTime() - due;
            long delay = Math.min(1_000_000_000L, Math.max(5_000_000L, waited / 10));
            scheduler.schedule(() -> until(due, check, seen), delay, TimeUnit.NANOSECONDS);
        });
    }

    static double millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1e6;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
