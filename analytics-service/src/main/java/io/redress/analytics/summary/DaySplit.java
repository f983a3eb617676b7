package io.redress.analytics.summary;

import io.redress.core.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The window's whole receipt days (those with complaints) sorted by what answers them as of a moment: a day whose last
 * contribution came before asOf's day is settled, and answered by its day sum, a calendar month of settled days by its
 * month sum; any other day by its sums per contribution day up to the midnight nearer asOf
 * ({@link RollupWindow#sumsThrough}).
 */
record DaySplit(Map<LocalDate, LocalDate> lastDays) {

    static DaySplit of(RowSet<Row> spans) {
        Map<LocalDate, LocalDate> last = new TreeMap<>();
        spans.forEach(row -> last.put(row.getLocalDate("receipt_day"), row.getLocalDate("last_day")));
        return new DaySplit(last);
    }

    /** Adds the whole days' sums. */
    Uni<Void> read(SqlConnection tx, RollupWindow w, Sums sums) {
        List<LocalDate> months = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        List<LocalDate> open = new ArrayList<>();
        Map<LocalDate, List<LocalDate>> byMonth = new TreeMap<>();
        lastDays.keySet().forEach(day -> byMonth.computeIfAbsent(day.withDayOfMonth(1), m -> new ArrayList<>())
                .add(day));
        byMonth.forEach((month, inMonth) -> {
            boolean whole = !month.isBefore(w.firstDay()) && !month.plusMonths(1).isAfter(w.endDay());
            boolean settled = inMonth.stream().allMatch(day -> settled(day, w));
            if (whole && settled) {
                months.add(month);
            } else {
                inMonth.forEach(day -> (settled(day, w) ? days : open).add(day));
            }
        });
        return Uni.combine().all().unis(sum(tx, RollupSql.MONTHS, months, sums), sum(tx, RollupSql.DAYS, days, sums),
                open.isEmpty() ? Uni.createFrom().voidItem()
                        : Sql.query(tx, RollupSql.CELLS, open.toArray(LocalDate[]::new), w.sumsThrough())
                        .invoke(rows -> add(rows, sums)).replaceWithVoid()).discardItems();
    }

    private boolean settled(LocalDate day, RollupWindow w) {
        return lastDays.get(day).isBefore(w.asOfDay());
    }

    private static Uni<Void> sum(SqlConnection tx, String statement, List<LocalDate> keys, Sums sums) {
        return keys.isEmpty() ? Uni.createFrom().voidItem()
                : Sql.query(tx, statement, (Object) keys.toArray(LocalDate[]::new)).invoke(rows -> add(rows, sums))
                .replaceWithVoid();
    }

    private static void add(RowSet<Row> rows, Sums sums) {
        rows.forEach(row -> sums.add(row.getString("figure"), row.getLong("n")));
    }
}
