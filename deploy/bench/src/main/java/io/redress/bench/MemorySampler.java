package io.redress.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Samples the memory of the running system once a second and keeps each process's peak. */
final class MemorySampler implements AutoCloseable {

    private final Map<String, Double> peak = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bench-memory");
        thread.setDaemon(true);
        return thread;
    });
    private volatile BenchSystem watched;

    MemorySampler() {
        timer.scheduleAtFixedRate(this::sample, 1, 1, TimeUnit.SECONDS);
    }

    /** Samples {@code system} from now on (null: nothing). */
    void watch(BenchSystem system) {
        watched = system;
    }

    /** The memory of every process of {@code system} right now, in MiB. */
    static Map<String, Double> now(BenchSystem system) {
        Map<String, Double> mib = new LinkedHashMap<>();
        system.services().forEach((name, service) -> mib.put(name, Result.round(Memory.rssMiB(service.pid()))));
        mib.put("kafka (broker JVM, RSS)", Result.round(Memory.rssMiB(system.infrastructurePid())));
        mib.put("postgresql (all processes, PSS)", Result.round(Memory.postgresPssMiB(system.postgresDataDir())));
        return mib;
    }

    Map<String, Double> peak() {
        return new LinkedHashMap<>(peak);
    }

    private void sample() {
        BenchSystem system = watched;
        if (system != null) {
            now(system).forEach((name, mib) -> peak.merge(name, mib, Math::max));
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
