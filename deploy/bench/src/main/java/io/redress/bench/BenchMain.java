package io.redress.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.redress.local.ServiceSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code deploy/bench/run}: measures the machine's raw limits and the pipeline against them, phase by phase, each on
 * a fresh system, and writes {@code report.md} and {@code report.json}. Exits 1 when a phase failed.
 */
public final class BenchMain {

    private static final Instant EPOCH = Instant.parse("2001-01-01T00:00:00Z");

    private final BenchOptions options;
    private final Path runDir;
    private final Set<Integer> phases;
    private final Progress progress = new Progress();
    private final Report report = new Report();
    private final MemorySampler memory = new MemorySampler();
    private int phase;

    private BenchMain(BenchOptions options, Path runDir, Set<Integer> phases) {
        this.options = options;
        this.runDir = runDir;
        this.phases = phases;
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(args) ? 0 : 1);
    }

    /** Runs the benchmark the arguments describe; true when every phase succeeded. */
    public static boolean run(String[] args) throws IOException {
        List<String> list = List.of(args);
        String mode = list.contains("--smoke") ? "smoke" : list.contains("--quick") ? "quick" : "full";
        Path repo = Path.of(value(list, "--repo", ".")).toAbsolutePath().normalize();
        Path out = Path.of(value(list, "--out", repo.resolve("target/bench").toString())).toAbsolutePath();
        Path runDir = out.resolve("run-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .withZone(ZoneOffset.UTC).format(Instant.now()));
        BenchOptions options = BenchOptions.of(mode, repo, out);
        // --phases 1,5: only those phases (while working on one figure); the report then lacks the others.
        Set<Integer> phases = Arrays.stream(value(list, "--phases", "1,2,3,4,5,6,7,8,9").split(","))
                .map(String::trim).map(Integer::valueOf).collect(Collectors.toSet());
        return new BenchMain(options, runDir, phases).run();
    }

    private boolean run() throws IOException {
        long start = System.nanoTime();
        report.mode = options.mode();
        report.machine.putAll(Machine.describe(options.repo()));
        progress.say("Redress benchmark (%s) on %s; data and logs in %s", options.mode(),
                report.machine.get("machine"), runDir);
        phase("baselines and idle memory", this::baselines);
        phase("pipeline through REST", system -> report.pipelines.add(new PipelineBench(system, client(system),
                progress).rest(complaints(), options.restComplaints(), options.restClients(), options.drainCap())));
        phase("pipeline straight to the log", system -> {
            PipelineBench bench = new PipelineBench(system, client(system), progress);
            report.pipelines.add(bench.direct(complaints(), options.directComplaints(), options.drainCap()));
            // A window and customers of their own, apart from the complaints written straight to the log.
            Complaints submitted = new Complaints(complaints().from().plus(Duration.ofDays(200)), "p3-submissions");
            report.pipelines.add(bench.submissions(submitted, options.submissions(), options.drainCap()));
        });
        phase("latency at fixed offered rates", this::latency);
        phase("replay", this::replay);
        phase("import of history through complaint-submissions", system -> report.pipelines.add(
                new PipelineBench(system, client(system), progress).imports(complaints(), options.importComplaints(),
                        options.drainCap(), "import through complaint-submissions (shuffled, 10 per customer)",
                        report.cpu)));
        // What intake's filing path does with the box to itself: the same import with the other services stopped
        // after the warm-up, so that only intake (and its own view of the log) shares the cores with the broker and
        // the database. It tells how much of the import figure the other services' catch-up takes.
        phase("import with intake alone", system -> {
            for (String service : List.of("resolution", "followup", "analytics")) {
                system.services().get(service).close();
            }
            report.pipelines.add(new PipelineBench(system, client(system), progress).imports(complaints(),
                    options.importComplaints(), options.drainCap(),
                    "import, intake alone (the other three services stopped)", report.cpu));
        });
        phase("lifecycle: file, assign, acknowledge, resolve, answer, close", system -> {
            // Complaints received a minute ago: live ones, whose clocks run (none falls due during the run).
            Complaints live = new Complaints(Instant.now().minus(Duration.ofMinutes(1)), "p" + phase + "-lifecycle");
            // Each complaint's life queues behind the filings, commands and polls of the others: up to four times the
            // drain cap (at least 3 minutes) for the last one to close.
            report.lifecycle = new LifecycleBench(client(system), progress).run(live, 100,
                    options.latencyDuration(), Duration.ofSeconds(Math.max(180, 4 * options.drainCap().toSeconds())));
            progress.say("  100/s: p99 filing → assigned %,.0f ms, acknowledge %,.0f ms, resolve %,.0f ms, "
                    + "resolved → closed %,.0f ms; resolution %,.0f events/s, follow-up %,.0f events/s%s",
                    report.lifecycle.fileToAssigned().p99(), report.lifecycle.acknowledge().p99(),
                    report.lifecycle.resolve().p99(), report.lifecycle.resolveToClosed().p99(),
                    report.lifecycle.resolutionEventsPerSecond(), report.lifecycle.followUpEventsPerSecond(),
                    report.lifecycle.complete() ? "" : " (" + report.lifecycle.note() + ")");
        });
        // Analytics alone over whole lives (about eight events each, two simulated years) written straight to the log;
        // the other services are stopped after the warm-up, as they would react to the filings.
        phase("analytics at scale", system -> {
            for (String service : List.of("intake", "resolution", "followup")) {
                system.services().get(service).close();
            }
            report.analyticsScale = new AnalyticsScaleBench(client(system), progress).run(system,
                    options.analyticsComplaints(), options.analyticsSamples(), options.analyticsCap());
        });
        memory.close();
        report.totalSeconds = Result.round((System.nanoTime() - start) / 1e9);
        report.judge();
        write();
        return report.failures.isEmpty();
    }

    private void baselines(BenchSystem system) throws Exception {
        Waits.pause(options.idleSettle());
        var idle = MemorySampler.now(system);
        Baselines baselines = new Baselines(system.endpoints(), progress);
        report.baselines.put("kafka producer", baselines.producer(options.kafkaRecords(), options.partitions(),
                complaints()));
        report.baselines.put("kafka consumer", baselines.consumer(options.kafkaRecords()));
        report.baselines.put("postgresql batched upserts", baselines.postgresBatched(options.postgresRows()));
        report.baselines.put("postgresql row by row", baselines.postgresRowByRow(options.postgresSingleRows()));
        report.baselines.forEach((name, rate) -> progress.say("  %s: %,.0f %s/s", name, rate.perSecond(),
                rate.unit()));
        report.memory = new Result.MemoryUse(idle, java.util.Map.of());
    }

    private void latency(BenchSystem system) {
        LatencyBench bench = new LatencyBench(client(system), progress);
        List<Integer> rates = new ArrayList<>(options.latencyRates());
        while (!rates.isEmpty()) {
            int rate = rates.removeFirst();
            progress.say("  offering %,d complaints/s for %s", rate, options.latencyDuration());
            Result.LatencyRun run = bench.run(complaints(), rate, options.latencyDuration(), options.drainCap());
            report.latency.add(run);
            progress.say("  %,d/s: p99 201 %,.0f ms, assigned %,.0f ms, counted %,.0f ms%s", rate,
                    run.http201().p99(), run.assignedInResolution().p99(), run.countedInAnalytics().p99(),
                    run.drained() ? "" : " (did not catch up; higher rates not run)");
            if (!run.drained()) {
                rates.forEach(higher -> report.latency.add(Result.LatencyRun.notRun(higher,
                        "not run: the system had not caught up at %,d/s".formatted(rate))));
                break;
            }
        }
    }

    private void replay(BenchSystem system) {
        ServiceClient client = client(system);
        Complaints complaints = complaints();
        Completion completion = new Completion(client, progress);
        long start = System.nanoTime();
        UUID last = PipelineBench.fill(system, complaints, options.replayEvents(), progress);
        int count = options.replayEvents() / 2;
        progress.say("  wrote %,d events; waiting for the live consumers to catch up", options.replayEvents());
        report.replayCatchUp = completion.await("live catch-up on %,d events written at once"
                .formatted(options.replayEvents()), null, start, count, options.replayEvents(), complaints.from(),
                complaints.to(count), options.drainCap());
        ReplayBench bench = new ReplayBench(client, progress);
        for (ServiceSpec spec : ServiceSpec.ALL) {
            progress.say("  rebuilding %s", spec.module());
            Result.Replay result = bench.rebuild(spec.name(), bench.probe(spec.name(), last, complaints, count),
                    options.rebuildCap());
            progress.say("  %s: %s, %,d events at %,.0f/s, %d partial answers", spec.name(), result.state(),
                    result.events(), result.eventsPerSecond(), result.partialAnswers());
            report.replay.add(result);
        }
    }

    /** A phase runs on a system of its own, so what one phase leaves unprocessed cannot slow the next one. */
    private void phase(String name, PhaseBody body) {
        phase++;
        if (!phases.contains(phase)) {
            progress.say("Phase %d: %s - not run (--phases)", phase, name);
            return;
        }
        progress.say("Phase %d: %s - starting Kafka, PostgreSQL and the four services", phase, name);
        try (BenchSystem system = BenchSystem.start(options.repo(), runDir.resolve("phase-" + phase),
                options.partitions())) {
            memory.watch(phase > 1 ? system : null);
            if (phase > 1) {
                warmUp(system);
            }
            body.run(system);
        } catch (Exception | AssertionError e) {
            progress.say("Phase %d (%s) failed: %s", phase, name, e);
            report.failures.add("phase %d (%s): %s".formatted(phase, name, e));
        } finally {
            memory.watch(null);
        }
        if (report.memory != null) {
            report.memory = new Result.MemoryUse(report.memory.idle(), memory.peak());
        }
    }

    /**
     * Files a few complaints through the whole pipeline first, so what is measured is the system at work, not the
     * JIT compiler and the first connections of four fresh JVMs.
     */
    private void warmUp(BenchSystem system) throws Exception {
        int count = options.warmUpComplaints();
        if (count == 0) {
            return;
        }
        Complaints warmUp = new Complaints(EPOCH.minus(Duration.ofDays(400 - phase)), "warmup-" + phase);
        Result.Pipeline result = new PipelineBench(system, client(system), progress).rest(warmUp, count, 8,
                options.drainCap());
        progress.say("  warmed up with %,d complaints (%,.0f/s)", count, result.processed().perSecond());
    }

    private Complaints complaints() {
        return new Complaints(EPOCH.plus(Duration.ofDays(40L * report.latency.size() + 400L * phase)),
                "p" + phase + "-" + report.latency.size());
    }

    private static ServiceClient client(BenchSystem system) {
        return new ServiceClient(system);
    }

    private void write() throws IOException {
        Files.createDirectories(runDir);
        JsonMapper json = JsonMapper.builder().findAndAddModules().enable(SerializationFeature.INDENT_OUTPUT)
                .build();
        String markdown = MarkdownReport.render(report);
        for (Path dir : List.of(runDir, options.outDir())) {
            json.writeValue(dir.resolve("report.json").toFile(), report);
            Files.writeString(dir.resolve("report.md"), markdown);
        }
        System.out.println();
        System.out.println(markdown);
        progress.say("Report written to %s and %s", options.outDir().resolve("report.md"),
                options.outDir().resolve("report.json"));
    }

    private static String value(List<String> args, String name, String fallback) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : fallback;
    }

    /** One phase's work on its system. */
    @FunctionalInterface
    private interface PhaseBody {
        void run(BenchSystem system) throws Exception;
    }
}
