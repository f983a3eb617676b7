package io.redress.analytics.hotspot;

import io.redress.analytics.csv.CsvTable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The cells of a hot-spot question, the most outstanding first. As CSV one row per cell: the dimensions' values
 * (named as in by), then count, expected, score, pValue, flagged.
 *
 * @param by         the dimensions, in the order asked
 * @param design     SINGLE, CROSSED or NESTED (a component's versions), which names the test
 * @param complaints the complaints counted in the cells
 * @param excluded   complaints of the window without a value for one of the dimensions
 * @param tested     the cells the correction counts (with crossed dimensions every row × column, also empty ones)
 * @param limit      the p-value a flagged cell is at or below: alpha / tested; null with nothing to compare
 * @param flagged    how many cells are flagged
 */
public record Hotspots(@Schema(nullable = true) Instant from, @Schema(nullable = true) Instant to, Instant asOf,
        List<String> by, String tz, String design, double alpha, long minCount, long complaints, long excluded,
        int tested, @Schema(nullable = true) Double limit, long flagged, List<Cell> cells)
        implements CsvTable {

    /**
     * One cell.
     *
     * @param key      the cell's value of each dimension, by name
     * @param expected the count the test expected, 2 decimals; null for a component's first version
     * @param score    the z score, 2 decimals; null where nothing is compared
     * @param pValue   the exact one-sided p-value, 3 significant digits; null for a score of 1 or less (it could not
     *                 flag) or with nothing to compare
     */
    public record Cell(Map<String, String> key, long count, @Schema(nullable = true) BigDecimal expected,
            @Schema(nullable = true) BigDecimal score, @Schema(nullable = true) Double pValue, boolean flagged) {
    }

    @Override
    public List<String> csvHeader() {
        List<String> header = new ArrayList<>(by);
        header.addAll(List.of("count", "expected", "score", "pValue", "flagged"));
        return header;
    }

    @Override
    public List<List<Object>> csvRows() {
        List<List<Object>> rows = new ArrayList<>(cells.size());
        for (Cell cell : cells) {
            List<Object> row = new ArrayList<>();
            by.forEach(name -> row.add(cell.key().get(name)));
            row.add(cell.count());
            row.add(cell.expected());
            row.add(cell.score());
            row.add(cell.pValue());
            row.add(cell.flagged());
            rows.add(row);
        }
        return rows;
    }
}
