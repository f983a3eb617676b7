package io.redress.bench;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polling helpers for the harness (never used by tests: they use Awaitility). */
final class Waits {

    private Waits() {
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Polls {@code done} every {@code every} until it holds or {@code cap} has passed; true when it held. */
    static boolean until(BooleanSupplier done, Duration every, Duration cap) {
        long deadline = System.nanoTime() + cap.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            pause(every);
        }
        return true;
    }
}
