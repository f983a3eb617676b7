package io.redress.analytics.risk;

import io.redress.analytics.csv.CsvTable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of the customers at risk, highest score first. As CSV one row per customer of the page, the reasons
 * joined with "; ".
 *
 * @param minScore        the lowest score listed (redress.analytics.at-risk.min-score)
 * @param customersAtRisk customers with at least minScore, over every page
 * @param valueAtRisk     the sum of their lifetimeValue (those without one add nothing); null with none known
 * @param next            the path of the next page; null on the last
 */
public record AtRisk(@Schema(nullable = true) Instant from, @Schema(nullable = true) Instant to, Instant asOf,
        int minScore, long customersAtRisk, @Schema(nullable = true) BigDecimal valueAtRisk,
        List<CustomerRisk> items, @Schema(nullable = true) String next) implements CsvTable {

    private static final List<String> HEADER = List.of("customerId", "score", "lifetimeValue", "complaints",
            "highestSeverity", "breaches", "reopenings", "unhappyAnswers", "oldestOpenDays", "lastContactAt",
            "reasons");

    @Override
    public List<String> csvHeader() {
        return HEADER;
    }

    @Override
    public List<List<Object>> csvRows() {
        List<List<Object>> rows = new ArrayList<>(items.size());
        for (CustomerRisk c : items) {
            rows.add(Arrays.asList(c.customerId(), c.score(), c.lifetimeValue(), c.complaints(), c.highestSeverity(),
                    c.breaches(), c.reopenings(), c.unhappyAnswers(), c.oldestOpenDays(), c.lastContactAt(),
                    String.join("; ", c.reasons().stream().map(r -> r.text() + " (+" + r.points() + ")").toList())));
        }
        return rows;
    }
}
