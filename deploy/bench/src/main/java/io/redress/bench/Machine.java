package io.redress.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** What a report says of the machine and the code it measured: cores, memory, CPU, JDK and commit. */
final class Machine {

    private Machine() {
    }

    static Map<String, String> describe(Path repo) {
        Map<String, String> machine = new LinkedHashMap<>();
        machine.put("machine", "%d cores, %s memory, %s".formatted(Runtime.getRuntime().availableProcessors(),
                memTotal(), cpuModel()));
        machine.put("jdk", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("commit", git(repo, "rev-parse", "--short", "HEAD") + (git(repo, "status", "--porcelain")
                .isBlank() ? "" : " (with uncommitted changes)"));
        machine.put("date", Instant.now().toString());
        return machine;
    }

    private static String memTotal() {
        return proc("/proc/meminfo", "MemTotal:").map(kib -> "%.1f GiB".formatted(
                Long.parseLong(kib.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0)).orElse("unknown");
    }

    private static String cpuModel() {
        return proc("/proc/cpuinfo", "model name").map(line -> line.replaceFirst("^\\s*:\\s*", ""))
                .orElse("unknown CPU");
    }

    private static java.util.Optional<String> proc(String file, String prefix) {
        try (Stream<String> lines = Files.lines(Path.of(file))) {
            return lines.filter(line -> line.startsWith(prefix)).map(line -> line.substring(prefix.length()).trim())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static String git(Path repo, String... args) {
        try {
            String[] command = Stream.concat(Stream.of("git", "-C", repo.toString()), Stream.of(args))
                    .toArray(String[]::new);
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).trim();
            return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
