package io.redress.analytics.recovery;

import io.redress.analytics.query.Window;
import io.redress.core.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The recovery paradox's cohorts of a window as of a moment, from the {@code summary-rollup}'s paradox changes: the
 * window's whole UTC receipt days whose every change came by asOf by their day sums
 * ({@code analytics_rollup_paradox_day}), the other whole days and the window's edges (a part of a day at each end)
 * by their changes at or before asOf. The same sums as the changes alone give, which {@link RecoverySql#PARADOX}
 * computes from the facts.
 */
final class ParadoxSums {

    private ParadoxSums() {
    }

    /** One row per severity and cohort: customers, again, next_answers, next_score_sum. */
    static Uni<RowSet<Row>> read(SqlConnection tx, Window window) {
        Instant asOf = window.asOf();
        Instant from = window.from() == null ? Window.BEGINNING : window.from();
        Instant to = min(window.to() == null ? Window.END : window.to(), asOf.plus(1, ChronoUnit.MICROS));
        LocalDate firstDay = start(date(from)).equals(from) ? date(from) : date(from).plusDays(1);
        LocalDate endDay = date(to);
        List<OffsetDateTime> starts = new ArrayList<>();
        List<OffsetDateTime> ends = new ArrayList<>();
        if (!firstDay.isBefore(endDay)) {
            range(starts, ends, from, to);
            return sums(tx, List.of(), starts, ends, asOf);
        }
        range(starts, ends, from, start(firstDay));
        range(starts, ends, start(endDay), to);
        return Sql.query(tx, RecoverySql.PARADOX_DAYS, firstDay, endDay, Sql.time(asOf)).chain(days -> {
            List<LocalDate> settled = new ArrayList<>();
            days.forEach(row -> {
                LocalDate day = row.getLocalDate("receipt_day");
                if (row.getBoolean("settled")) {
                    settled.add(day);
                } else {
                    range(starts, ends, start(day), start(day.plusDays(1)));
                }
            });
            return sums(tx, settled, starts, ends, asOf);
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

    private static LocalDate date(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
