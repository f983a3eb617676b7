package io.redress.bench;

import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** Progress lines on standard output, so a long run shows what it is doing (at most one line per 2 s per step). */
final class Progress {

    private static final long EVERY_NANOS = Duration.ofSeconds(2).toNanos();

    private final long started = System.nanoTime();
    private long lastLine = System.nanoTime();

    void say(String format, Object... args) {
        System.out.printf("[%s +%4ds] %s%n", LocalTime.now().truncatedTo(ChronoUnit.SECONDS),
                (System.nanoTime() - started) / 1_000_000_000, format.formatted(args));
        System.out.flush();
        lastLine = System.nanoTime();
    }

    /** Says how far a step has got, if the last line is older than two seconds. */
    void every(long done, long total, String step) {
        if (System.nanoTime() - lastLine > EVERY_NANOS) {
            say("  %s: %,d of %,d", step, done, total);
        }
    }
}
