package io.redress.analytics.summary;

import io.redress.analytics.csv.CsvTable;
import io.redress.analytics.summary.Figures.Durations;
import io.redress.analytics.summary.Figures.Rate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The main figures per interval of receipt time, oldest first; intervals without complaints are left out. As CSV,
 * one row per point, the columns named by their JSON paths.
 */
public record Trends(@Schema(nullable = true) Instant from, @Schema(nullable = true) Instant to, Instant asOf,
        String interval, String tz, List<TrendPoint> points) implements CsvTable {

    private static final List<String> HEADER = List.of("start", "filed", "backlog",
            "timeToAcknowledge.count", "timeToAcknowledge.p50Seconds", "timeToAcknowledge.p90Seconds",
            "timeToAcknowledge.meanSeconds", "timeToResolve.count", "timeToResolve.p50Seconds",
            "timeToResolve.p90Seconds", "timeToResolve.meanSeconds", "slaBreached.count", "slaBreached.of",
            "slaBreached.rate", "firstContactResolved.count", "firstContactResolved.of", "firstContactResolved.rate",
            "reopened.count", "reopened.of", "reopened.rate", "satisfaction.responses", "satisfaction.meanScore",
            "satisfaction.satisfied", "satisfaction.satisfiedShare");

    @Override
    public List<String> csvHeader() {
        return HEADER;
    }

    @Override
    public List<List<Object>> csvRows() {
        List<List<Object>> rows = new ArrayList<>(points.size());
        for (TrendPoint p : points) {
            List<Object> row = new ArrayList<>(HEADER.size());
            row.add(p.start());
            row.add(p.filed());
            row.add(p.backlog());
            add(row, p.timeToAcknowledge());
            add(row, p.timeToResolve());
            add(row, p.slaBreached());
            add(row, p.firstContactResolved());
            add(row, p.reopened());
            row.addAll(Arrays.asList(p.satisfaction().responses(), p.satisfaction().meanScore(),
                    p.satisfaction().satisfied(), p.satisfaction().satisfiedShare()));
            rows.add(row);
        }
        return rows;
    }

    private static void add(List<Object> row, Durations d) {
        row.addAll(Arrays.asList(d.count(), d.p50Seconds(), d.p90Seconds(), d.meanSeconds()));
    }

    private static void add(List<Object> row, Rate r) {
        row.addAll(Arrays.asList(r.count(), r.of(), r.rate()));
    }
}
