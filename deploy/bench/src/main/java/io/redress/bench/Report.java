package io.redress.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one benchmark run measured, with the machine it ran on; written as JSON and Markdown. */
final class Report {

    /** One target of the benchmark issue, and whether this run met it. */
    record Target(String what, String goal, String measured, boolean met) {
    }

    public String mode;
    public Map<String, String> machine = new LinkedHashMap<>();
    public Map<String, Result.Rate> baselines = new LinkedHashMap<>();
    public List<Result.Pipeline> pipelines = new ArrayList<>();
    public List<Result.LatencyRun> latency = new ArrayList<>();
    public Result.Lifecycle lifecycle;
    public Result.AnalyticsScale analyticsScale;
    public Result.Pipeline replayCatchUp;
    public List<Result.Replay> replay = new ArrayList<>();
    public List<Result.CpuUse> cpu = new ArrayList<>();
    public Result.MemoryUse memory;
    public List<Target> targets = new ArrayList<>();
    public List<String> failures = new ArrayList<>();
    public double totalSeconds;

    /** The producer baseline's records per second: the yardstick every pipeline figure is divided by. */
    double producerRate() {
        Result.Rate producer = baselines.get("kafka producer");
        return producer == null ? Double.NaN : producer.perSecond();
    }

    Result.Pipeline pipeline(String prefix) {
        return pipelines.stream().filter(p -> p.path().startsWith(prefix)).findFirst().orElse(null);
    }

    /** Compares the figures with the targets of the benchmark issue. */
    void judge() {
        targets.clear();
        Result.Pipeline direct = pipeline("straight");
        if (direct != null && direct.processed() != null) {
            double rate = direct.processed().perSecond();
            targets.add(new Target("straight to the log, assigned and counted", "≥ 8,000/s and ≥ 10% of producer",
                    "%,.0f/s (%.2f%%)".formatted(rate, 100 * rate / producerRate()),
                    rate >= 8_000 && rate >= 0.1 * producerRate() && direct.processed().complete()));
        }
        Result.Pipeline rest = pipeline("REST");
        if (rest != null && rest.processed() != null) {
            double rate = rest.processed().perSecond();
            targets.add(new Target("REST, filed → assigned → counted", "≥ 2,000/s", "%,.0f/s".formatted(rate),
                    rate >= 2_000 && rest.processed().complete()));
        }
        Result.Pipeline imported = pipeline("import");
        if (imported != null) {
            double rate = imported.accepted().perSecond();
            targets.add(new Target("import of history, filed by intake", "≥ 5,000/s",
                    "%,.0f/s (%.2f%%)".formatted(rate, 100 * rate / producerRate()),
                    rate >= 5_000 && imported.accepted().complete()));
        }
        latency.stream().filter(run -> run.offeredPerSecond() == 500).findFirst().ifPresent(run -> targets.add(
                new Target("p99 send → counted in analytics at 500/s", "≤ 200 ms",
                        run.sent() == 0 ? run.note() : "%,.0f ms".formatted(run.countedInAnalytics().p99()),
                        run.drained() && run.countedInAnalytics().samples() > 0
                                && run.countedInAnalytics().p99() <= 200)));
        if (lifecycle != null) {
            targets.add(new Target("lifecycle at 100/s: p99 filing → assigned", "reported",
                    "%,.0f ms; resolution %,.0f events/s, follow-up %,.0f events/s".formatted(
                            lifecycle.fileToAssigned().p99(), lifecycle.resolutionEventsPerSecond(),
                            lifecycle.followUpEventsPerSecond()), lifecycle.complete() && lifecycle.errors() == 0));
        }
        if (analyticsScale != null) {
            analyticsScale.questions().forEach((question, latency) -> targets.add(new Target(
                    "analytics at %,d complaints: %s".formatted(analyticsScale.complaints(), question), "p95 ≤ 100 ms",
                    "%,.0f ms".formatted(latency.p95()), latency.samples() > 0 && latency.p95() <= 100
                            && analyticsScale.catchUp().complete())));
        }
        for (Result.Replay service : replay) {
            targets.add(new Target("replay, " + service.service(), "≥ 50,000 events/s",
                    "%,.0f events/s".formatted(service.eventsPerSecond()),
                    service.eventsPerSecond() >= 50_000 && "COMPLETED".equals(service.state())));
        }
        if (memory != null) {
            for (String service : List.of("intake", "resolution", "followup", "analytics")) {
                double idle = memory.idle().getOrDefault(service, -1.0);
                double peak = memory.peak().getOrDefault(service, -1.0);
                targets.add(new Target("RSS " + service, "≤ 150 MiB idle, ≤ 300 MiB at load",
                        "%.0f / %.0f MiB".formatted(idle, peak), idle > 0 && idle <= 150 && peak <= 300));
            }
        }
    }
}
