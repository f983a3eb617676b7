package io.redress.analytics.recovery;

import io.redress.analytics.query.Window;
import io.redress.analytics.summary.RollupWindow;
import io.redress.core.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The recovery paradox's cohorts of a window as of a moment, from the {@code summary-rollup}'s paradox changes: the
 * window's whole UTC receipt days ({@link RollupWindow}) whose every change came by asOf by their day sums
 * ({@code analytics_rollup_paradox_day}), the other whole days and the window's edges (a part of a day at each end)
 * by their changes at or before asOf. The same sums as the changes alone give, which {@link RecoverySql#PARADOX}
 * computes from the facts.
 */
final class ParadoxSums {

    private ParadoxSums() {
    }

    /** One row per severity and cohort: customers, again, next_answers, next_score_sum. */
    static Uni<RowSet<Row>> read(SqlConnection tx, Window window) {
        RollupWindow w = RollupWindow.of(window);
        List<OffsetDateTime> starts = new ArrayList<>();
        List<OffsetDateTime> ends = new ArrayList<>();
        range(starts, ends, w.from(), w.lowerEdge());
        range(starts, ends, w.upperEdge(), w.to());
        if (!w.hasWholeDays()) {
            return sums(tx, List.of(), starts, ends, w.asOf());
        }
        return Sql.query(tx, RecoverySql.PARADOX_DAYS, w.firstDay(), w.endDay(), Sql.time(w.asOf())).chain(days -> {
            List<LocalDate> settled = new ArrayList<>();
            days.forEach(row -> {
                LocalDate day = row.getLocalDate("receipt_day");
                if (row.getBoolean("settled")) {
                    settled.add(day);
                } else {
                    range(starts, ends, RollupWindow.start(day), RollupWindow.start(day.plusDays(1)));
                }
            });
            return sums(tx, settled, starts, ends, w.asOf());
        });
    }

    private static Uni<RowSet<Row>> sums(SqlConnection tx, List<LocalDate> settled, List<OffsetDateTime> starts,
            List<OffsetDateTime> ends, Instant asOf) {
        return Sql.query(tx, RecoverySql.ROLLUP_PARADOX, settled.toArray(LocalDate[]::new),
                starts.toArray(OffsetDateTime[]::new), ends.toArray(OffsetDateTime[]::new), Sql.time(asOf));
    }

    private static void range(List<OffsetDateTime> starts, List<OffsetDateTime> ends, Instant from, Instant to) {
        if (from.isBefore(to)) {
            starts.add(Sql.time(from));
            ends.add(Sql.time(to));
        }
    }
}
