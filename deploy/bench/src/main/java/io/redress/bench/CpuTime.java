package io.redress.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the CPU time the processes of a running system have used, from {@code /proc/<pid>/stat} (user and system
 * time of all the process's threads): each service, the broker's JVM, this load generator, and PostgreSQL's backends
 * by the database they serve (a backend's command line names it) with its background processes apart. A backend
 * that ended between two readings takes its time with it; the services' pools keep theirs open.
 */
final class CpuTime {

    /** Clock ticks a second, as {@code getconf CLK_TCK} gives on every Linux the bench runs on. */
    private static final double TICKS = 100.0;

    private CpuTime() {
    }

    /** CPU seconds used so far by each process of {@code system}, by name; empty when this is not Linux. */
    static Map<String, Double> now(BenchSystem system) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        system.services().forEach((name, service) -> add(seconds, name, service.pid()));
        add(seconds, "kafka (broker JVM)", system.infrastructurePid());
        add(seconds, "load generator", ProcessHandle.current().pid());
        Memory.postmasterPid(system.postgresDataDir()).ifPresent(postmaster -> {
            add(seconds, "postgresql: background", postmaster);
            ProcessHandle.of(postmaster).ifPresent(p -> p.children().forEach(child ->
                    add(seconds, "postgresql: " + database(child.pid()), child.pid())));
        });
        return seconds;
    }

    /** What each process used between {@code before} and {@code after}, in seconds (a new process from zero). */
    static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((name, seconds) -> used.put(name, Result.round(seconds - before.getOrDefault(name, 0.0))));
        return used;
    }

    private static void add(Map<String, Double> seconds, String name, long pid) {
        double used = seconds(pid);
        if (used >= 0) {
            seconds.merge(name, used, Double::sum);
        }
    }

    /** utime + stime of {@code pid} in seconds, or -1 when it is gone. */
    private static double seconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name (field 2) is in parentheses and may hold spaces: count fields after its end.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The database a backend serves ({@code postgres: user database host state}), else {@code background}. */
    private static String database(long pid) {
        try {
            String[] words = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    StandardCharsets.UTF_8).trim().split("\\s+");
            return words.length >= 4 && words[0].equals("postgres:") && words[2].startsWith("redress")
                    ? words[2] : "background";
        } catch (IOException | RuntimeException e) {
            return "background";
        }
    }
}
