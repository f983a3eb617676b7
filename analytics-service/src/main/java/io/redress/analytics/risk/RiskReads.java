package io.redress.analytics.risk;

import io.redress.analytics.query.Snapshot;
import io.redress.analytics.query.Window;
import io.redress.analytics.rollup.RiskSpans;
import io.redress.core.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a page of {@link AtRisk} in one snapshot: for the unbounded window, or one that holds the whole year before
 * asOf, from each customer's risk spans ({@link RiskSql#SPANS}), for another from the summary's rollup
 * ({@link RiskSql#ROLLUP}), or with
 * {@link #fromFacts} from the facts by the score's definition ({@link RiskSql#FACTS}); all three rank the same
 * customers with the same points (RollupEquivalenceTest).
 */
public final class RiskReads {

    private RiskReads() {
    }

    /** The first page of {@code size} customers with at least {@code minScore}, from the rollup. */
    public static Uni<AtRisk> read(Pool pool, Window window, int minScore, int size) {
        return read(pool, window, minScore, null, size, null);
    }

    /** The same page computed from the facts. */
    public static Uni<AtRisk> fromFacts(Pool pool, Window window, int minScore, int size) {
        return Snapshot.read(pool, RiskSql.FACT_TABLES,
                tx -> page(tx, RiskSql.FACTS, window, minScore, null, size, null));
    }

    /**
     * @param after the cursor of the page before, null for the first
     * @param path  the next link's path, null for none
     */
    static Uni<AtRisk> read(Pool pool, Window window, int minScore, RiskCursor after, int size, String path) {
        if (spansAnswer(window)) {
            return Snapshot.read(pool, RiskSql.SPAN_TABLES, tx -> spans(tx, window, minScore, after, size, path));
        }
        return Snapshot.read(pool, RiskSql.TABLES, tx -> page(tx, RiskSql.ROLLUP, window, minScore, after, size,
                path));
    }

    /**
     * Whether the window holds every complaint the score counts (those received in the year before asOf, filed by
     * it): then it ranks as the unbounded window does, from the spans. {@code from} at or before the year's start,
     * {@code to} after asOf (a complaint filed by asOf was received by then).
     */
    public static boolean spansAnswer(Window window) {
        Instant yearStart = window.asOf().minus(RiskSpans.YEAR);
        return (window.from() == null || !window.from().isAfter(yearStart))
                && (window.to() == null || window.to().isAfter(window.asOf()));
    }

    /** The page of the unbounded window from the risk spans, and its totals from their day sums. */
    private static Uni<AtRisk> spans(SqlConnection tx, Window window, int minScore, RiskCursor after, int size,
            String path) {
        Object[] at = window.parameters();
        return Sql.query(tx, RiskSql.SPANS, at[0], at[1], at[2], minScore, after == null ? null : after.score(),
                after == null ? null : after.customerId(), size + 1).chain(rows -> {
                    List<CustomerRisk> items = new ArrayList<>();
                    rows.forEach(row -> items.add(CustomerRisk.read(row)));
                    return Sql.query(tx, RiskSql.SPAN_TOTALS, at[2], minScore)
                            .map(totals -> answer(window, minScore, totals.iterator().next(), items,
                                    next(window, items, size, path)));
                });
    }

    private static Uni<AtRisk> page(SqlConnection tx, String ranked, Window window, int minScore, RiskCursor after,
            int size, String path) {
        Object[] at = window.parameters();
        return Sql.query(tx, ranked, at[0], at[1], at[2], minScore, after == null ? null : after.score(),
                after == null ? null : after.customerId(), size + 1).chain(rows -> {
                    List<CustomerRisk> items = new ArrayList<>();
                    Row first = null;
                    for (Row row : rows) {
                        first = first == null ? row : first;
                        items.add(CustomerRisk.read(row));
                    }
                    if (first == null) {
                        return Sql.query(tx, RiskSql.totals(ranked), at[0], at[1], at[2], minScore)
                                .map(totals -> answer(window, minScore, totals.iterator().next(), items, null));
                    }
                    return Uni.createFrom().item(answer(window, minScore, first, items,
                            next(window, items, size, path)));
                });
    }

    /** Drops the row past the page, and links the page after it: null when there is none. */
    private static String next(Window window, List<CustomerRisk> items, int size, String path) {
        if (items.size() <= size) {
            return null;
        }
        items.removeLast();
        CustomerRisk last = items.getLast();
        return path == null ? null : "%s?%slimit=%d&cursor=%s".formatted(path, window.query(), size,
                new RiskCursor(last.score(), last.customerId()).encode());
    }

    private static AtRisk answer(Window window, int minScore, Row totals, List<CustomerRisk> items, String next) {
        return new AtRisk(window.from(), window.to(), window.asOf(), minScore, totals.getLong("customers_at_risk"),
                totals.getBigDecimal("value_at_risk"), items, next);
    }
}
