package io.redress.bench;

import java.util.List;
import java.util.Map;

/** Renders a {@link Report} as the Markdown page a person reads. */
final class MarkdownReport {

    /** The processes left out of the ceiling the rest of the system sets on an import (see {@link #cpu}). */
    private static final List<String> INTAKE_AND_LOAD = List.of("intake", "postgresql: redress_intake",
            "load generator");

    private final StringBuilder out = new StringBuilder();
    private final Report report;

    private MarkdownReport(Report report) {
        this.report = report;
    }

    static String render(Report report) {
        return new MarkdownReport(report).all();
    }

    private String all() {
        line("# Redress benchmark (%s)%n", report.mode);
        report.machine.forEach((key, value) -> line("- %s: %s%n", key, value));
        line("- total time: %.0f s%n", report.totalSeconds);
        targets();
        baselines();
        pipelines();
        latency();
        lifecycle();
        analyticsScale();
        replay();
        cpu();
        memory();
        if (!report.failures.isEmpty()) {
            line("%n## Failures%n%n");
            report.failures.forEach(failure -> line("- %s%n", failure));
        }
        return out.toString();
    }

    private void targets() {
        line("%n## Targets%n%n| what | target | measured | met |%n|---|---|---|---|%n");
        report.targets.forEach(t -> line("| %s | %s | %s | %s |%n", t.what(), t.goal(), t.measured(),
                t.met() ? "yes" : "**no**"));
    }

    private void baselines() {
        line("%n## Baselines (same broker and database, same run)%n%n| what | count | per second | note |%n"
                + "|---|---:|---:|---|%n");
        report.baselines.forEach((name, rate) -> line("| %s | %,d %s | %,.0f | %s |%n", name, rate.count(),
                rate.unit(), rate.perSecond(), rate.recordBytes() > 0 ? rate.recordBytes() + " B a record" : ""));
    }

    private void pipelines() {
        line("%n## Pipeline throughput (complaints filed, then assigned by resolution and counted by analytics)%n%n"
                + "| path | accepted/s | processed/s | of producer | intake | resolution | followup | analytics "
                + "| note |%n|---|---:|---:|---:|---:|---:|---:|---:|---|%n");
        for (Result.Pipeline p : report.pipelines) {
            row(p);
        }
        if (report.replayCatchUp != null) {
            row(report.replayCatchUp);
        }
        line("%nPer service: events handled per second (ComplaintFiled and ComplaintAssigned).%n");
    }

    private void row(Result.Pipeline p) {
        if (p.processed() == null && p.accepted().count() > 0) {
            line("| %s | %,.0f | – | %.3f%% | – | – | – | – | filed by intake (of producer: accepted/s); the other "
                    + "services' catch-up not waited for%s |%n", p.path(), p.accepted().perSecond(),
                    100 * p.accepted().perSecond() / report.producerRate(),
                    p.accepted().note() == null ? "" : "; " + p.accepted().note());
            return;
        }
        if (p.processed() == null) {
            line("| %s | – | – | – | – | – | – | – | %s |%n", p.path(), p.accepted().note());
            return;
        }
        Map<String, Result.Rate> services = p.perService();
        line("| %s | %s | %,.0f | %.3f%% | %s | %s | %s | %s | %s |%n", p.path(),
                p.accepted() == null ? "–" : "%,.0f".formatted(p.accepted().perSecond()),
                p.processed().perSecond(), 100 * p.processed().perSecond() / report.producerRate(),
                rate(services.get("intake")), rate(services.get("resolution")), rate(services.get("followup")),
                rate(services.get("analytics")), p.processed().note() == null ? "" : p.processed().note());
    }

    private static String rate(Result.Rate rate) {
        return rate == null ? "–" : "%,.0f%s".formatted(rate.perSecond(), rate.complete() ? "" : " (cut off)");
    }

    private void latency() {
        line("%n## Latency, open loop (ms from the moment each request was due)%n%n"
                + "| offered/s | achieved/s | stage | samples | p50 | p90 | p99 | max | note |%n"
                + "|---:|---:|---|---:|---:|---:|---:|---:|---|%n");
        for (Result.LatencyRun run : report.latency) {
            if (run.sent() == 0) {
                line("| %,d | – | – | – | – | – | – | – | %s |%n", run.offeredPerSecond(), run.note());
                continue;
            }
            latencyRow(run, "HTTP 201", run.http201(), run.note());
            latencyRow(run, "assigned in resolution", run.assignedInResolution(), "");
            latencyRow(run, "counted in analytics", run.countedInAnalytics(),
                    run.errors() > 0 ? run.errors() + " errors" : "");
        }
    }

    private void latencyRow(Result.LatencyRun run, String stage, Result.Latency l, String note) {
        line("| %,d | %,.0f | %s | %,d | %,.0f | %,.0f | %,.0f | %,.0f | %s |%n", run.offeredPerSecond(),
                run.achievedPerSecond(), stage, l.samples(), l.p50(), l.p90(), l.p99(), l.max(),
                note == null ? "" : note);
    }

    private void lifecycle() {
        Result.Lifecycle run = report.lifecycle;
        if (run == null) {
            return;
        }
        line("%n## Lifecycle at %,d/s offered (file → assigned → acknowledge → resolve → answer → closed)%n%n"
                + "%,d complaints, %,.0f/s achieved, %,d resolved, %,d closed, %d errors; resolution emitted %,.0f "
                + "events/s, follow-up %,.0f events/s%s%n%n"
                + "| stage | samples | p50 | p90 | p99 | max |%n|---|---:|---:|---:|---:|---:|%n",
                run.offeredPerSecond(), run.complaints(), run.achievedPerSecond(), run.resolved(), run.closed(),
                run.errors(), run.resolutionEventsPerSecond(), run.followUpEventsPerSecond(),
                run.note() == null ? "" : " (" + run.note() + ")");
        lifecycleRow("filing's turn → owner in resolution", run.fileToAssigned());
        lifecycleRow("POST acknowledge", run.acknowledge());
        lifecycleRow("POST resolve", run.resolve());
        lifecycleRow("POST satisfaction", run.answer());
        lifecycleRow("resolved → CLOSED in follow-up", run.resolveToClosed());
    }

    private void analyticsScale() {
        Result.AnalyticsScale run = report.analyticsScale;
        if (run == null) {
            return;
        }
        line("%n## Analytics at scale (%,d complaint lives, %,d events, straight to the log; analytics alone)%n%n"
                + "Catch-up: %s (%.2f%% of the producer)%n%n"
                + "| question | samples | p50 | p95 | max |%n|---|---:|---:|---:|---:|%n", run.complaints(), run.events(),
                rate(run.catchUp()), 100 * run.catchUp().perSecond() / report.producerRate());
        run.questions().forEach((question, l) -> line("| %s | %,d | %,.0f | %,.0f | %,.0f |%n", question, l.samples(),
                l.p50(), l.p95(), l.max()));
    }

    private void lifecycleRow(String stage, Result.Latency l) {
        line("| %s | %,d | %,.0f | %,.0f | %,.0f | %,.0f |%n", stage, l.samples(), l.p50(), l.p90(), l.p99(), l.max());
    }

    private void replay() {
        line("%n## Replay (POST /admin/rebuild, one service at a time)%n%n"
                + "| service | state | events | seconds | events/s | partial answers seen | incomplete for | note |%n"
                + "|---|---|---:|---:|---:|---:|---:|---|%n");
        report.replay.forEach(r -> line("| %s | %s | %,d | %.1f | %,.0f | %d | %.1f s | %s |%n", r.service(),
                r.state(), r.events(), r.seconds(), r.eventsPerSecond(), r.partialAnswers(),
                r.incompleteForSeconds(), r.note() == null ? "" : r.note()));
    }

    /**
     * Where the cores went during each import: every process's CPU seconds, its share, per complaint filed, and the
     * ceiling the rest of the system sets on the filing rate (the cores over what all but intake, its database and the
     * load generator used per complaint).
     */
    private void cpu() {
        for (Result.CpuUse use : report.cpu) {
            if (use.complaints() == 0) {
                continue;
            }
            double total = use.total();
            line("%n## CPU during the %s%n%n%d cores × %.1f s = %.0f core-seconds; used %.1f (%.0f%%) for %,d "
                    + "complaints filed%n%n| process | CPU s | share | µs a complaint |%n|---|---:|---:|---:|%n",
                    use.path(), use.cores(), use.wallSeconds(), use.cores() * use.wallSeconds(), total,
                    100 * total / (use.cores() * use.wallSeconds()), use.complaints());
            double others = 0;
            for (Map.Entry<String, Double> process : use.seconds().entrySet()) {
                double seconds = process.getValue();
                line("| %s | %.1f | %.0f%% | %.0f |%n", process.getKey(), seconds, 100 * seconds / total,
                        1e6 * seconds / use.complaints());
                if (!INTAKE_AND_LOAD.contains(process.getKey())) {
                    others += seconds;
                }
            }
            double perComplaint = others / use.complaints();
            line("%nAll but intake, its database and the load generator: %.0f µs a complaint, so at most %,.0f/s on "
                    + "these cores however fast intake files.%n", 1e6 * perComplaint, use.cores() / perComplaint);
        }
    }

    private void memory() {
        if (report.memory == null) {
            return;
        }
        line("%n## Memory (MiB)%n%n| process | idle | peak under load |%n|---|---:|---:|%n");
        report.memory.idle().forEach((name, idle) -> line("| %s | %.0f | %.0f |%n", name, idle,
                report.memory.peak().getOrDefault(name, -1.0)));
    }

    private void line(String format, Object... args) {
        out.append(format.formatted(args));
    }
}
