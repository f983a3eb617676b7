package io.redress.analytics.rollup;

import io.redress.analytics.rollup.RiskSpans.Span;
import io.redress.core.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * The {@code analytics_rollup_risk_span} table, each customer's {@link RiskSpans}, and its day sums
 * ({@code analytics_rollup_risk_day}). A customer's spans are rewritten from the earliest moment a batch changed
 * their complaints at: those from that moment on are replaced, the one holding it is cut short there.
 */
final class RiskSpanRows {

    private static final Logger LOG = Logger.getLogger(RiskSpanRows.class);

    static final String TABLE = "analytics_rollup_risk_span";
    static final String DAYS = "analytics_rollup_risk_day";

    private record DayKey(LocalDate day, int score) implements Comparable<DayKey> {
        @Override
        public int compareTo(DayKey o) {
            int c = day.compareTo(o.day);
            return c != 0 ? c : Integer.compare(score, o.score);
        }
    }

    /** What the spans beginning less those ending on a day add, per score. */
    private static final class DaySums {
        private final Map<DayKey, long[]> counts = new TreeMap<>();
        private final Map<DayKey, BigDecimal> values = new TreeMap<>();

        void add(Instant from, Instant to, int score, BigDecimal value, int sign) {
            add(Cells.day(from), score, value, sign);
            add(Cells.day(to), score, value, -sign);
        }

        private void add(LocalDate day, int score, BigDecimal value, int sign) {
            DayKey key = new DayKey(day, score);
            long[] n = counts.computeIfAbsent(key, k -> new long[2]);
            n[0] += sign;
            if (value != null) {
                n[1] += sign;
                values.merge(key, sign > 0 ? value : value.negate(), BigDecimal::add);
            }
        }

        Uni<Void> write(SqlConnection tx) {
            counts.entrySet().removeIf(e -> e.getValue()[0] == 0 && e.getValue()[1] == 0
                    && values.getOrDefault(e.getKey(), BigDecimal.ZERO).signum() == 0);
            if (counts.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            int n = counts.size();
            LocalDate[] day = new LocalDate[n];
            Integer[] score = new Integer[n];
            Long[] customers = new Long[n];
            Long[] valued = new Long[n];
            BigDecimal[] value = new BigDecimal[n];
            int i = 0;
            for (Map.Entry<DayKey, long[]> e : counts.entrySet()) {
                day[i] = e.getKey().day();
                score[i] = e.getKey().score();
                customers[i] = e.getValue()[0];
                valued[i] = e.getValue()[1];
                value[i++] = values.getOrDefault(e.getKey(), BigDecimal.ZERO);
            }
            return Sql.execute(tx, "insert into " + DAYS + """
                     (day, score, customers, valued, value)
                    select * from unnest($1::date[], $2::int[], $3::int8[], $4::int8[], $5::numeric[]) order by 1, 2
                    on conflict (day, score) do update
                    set customers = analytics_rollup_risk_day.customers + excluded.customers,
                        valued = analytics_rollup_risk_day.valued + excluded.valued,
                        value = analytics_rollup_risk_day.value + excluded.value""",
                    day, score, customers, valued, value);
        }
    }

    private RiskSpanRows() {
    }

    /**
     * Rewrites these customers' spans, each from its moment on; the caller holds their locks.
     *
     * @param byCustomer every complaint of each customer
     * @param cuts       per customer, the earliest moment a step or filing of theirs was added at
     */
    static Uni<Void> rewrite(SqlConnection tx, Map<String, List<Timeline>> byCustomer, Map<String, Instant> cuts) {
        String[] ids = cuts.keySet().toArray(String[]::new);
        OffsetDateTime[] at = cuts.values().stream().map(Sql::time).toArray(OffsetDateTime[]::new);
        List<String> customers = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        DaySums sums = new DaySums();
        cuts.forEach((id, cut) -> RiskSpans.from(byCustomer.getOrDefault(id, List.of()), cut).forEach(span -> {
            customers.add(id);
            spans.add(span);
            sums.add(span.from(), span.to(), span.score(), span.lifetimeValue(), 1);
        }));
        return Sql.query(tx, REPLACE, ids, at).chain(replaced -> {
            if (LOG.isDebugEnabled()) {
                LOG.debugf("summary-rollup: risk spans of %d customers rewritten from their cuts: %d replaced by %d",
                        ids.length, replaced.size(), spans.size());
            }
            for (Row row : replaced) {
                Instant from = Sql.instant(row, "valid_from");
                Instant cut = Sql.instant(row, "cut");
                int score = row.getInteger("score");
                BigDecimal value = row.getBigDecimal("lifetime_value");
                sums.add(from, Sql.instant(row, "valid_to"), score, value, -1);
                if (cut != null) {
                    sums.add(from, cut, score, value, 1);
                }
            }
            return spans.isEmpty() ? Uni.createFrom().voidItem() : insert(tx, customers, spans);
        }).chain(() -> sums.write(tx));
    }

    /**
     * Removes each customer's spans from its cut on ($1 the customers, $2 the cuts) and cuts short the one holding
     * it, answering what they were: a cut span with its cut. (The self-join reads a cut span as it was.)
     */
    private static final String REPLACE = """
            with u as (select * from unnest($1::text[], $2::timestamptz[]) as u(customer_id, cut)),
            gone as (
              delete from analytics_rollup_risk_span s using u
              where s.customer_id = u.customer_id and s.valid_to > u.cut and s.valid_from >= u.cut
              returning s.valid_from, s.valid_to, s.score, s.lifetime_value, null::timestamptz as cut),
            short as (
              update analytics_rollup_risk_span s set valid_to = u.cut
              from u, analytics_rollup_risk_span was
              where s.customer_id = u.customer_id and s.valid_to > u.cut and s.valid_from < u.cut
                and was.ctid = s.ctid
              returning s.valid_from, was.valid_to, s.score, s.lifetime_value, u.cut)
            select * from gone union all select * from short""";

    private static Uni<Void> insert(SqlConnection tx, List<String> customers, List<Span> spans) {
        int n = spans.size();
        OffsetDateTime[] from = new OffsetDateTime[n];
        OffsetDateTime[] to = new OffsetDateTime[n];
        OffsetDateTime[] openSince = new OffsetDateTime[n];
        OffsetDateTime[] lastContact = new OffsetDateTime[n];
        BigDecimal[] value = new BigDecimal[n];
        Integer[][] figures = new Integer[7][n];
        for (int i = 0; i < n; i++) {
            Span s = spans.get(i);
            from[i] = Sql.time(s.from());
            to[i] = Sql.time(s.to());
            openSince[i] = s.openSince() == null ? null : Sql.time(s.openSince());
            lastContact[i] = Sql.time(s.lastContact());
            value[i] = s.lifetimeValue();
            figures[0][i] = s.score();
            figures[1][i] = s.complaints();
            figures[2][i] = s.severityRank();
            figures[3][i] = s.breaches();
            figures[4][i] = s.reopenings();
            figures[5][i] = s.unhappy();
            figures[6][i] = s.lukewarm();
        }
        return Sql.execute(tx, "insert into " + TABLE + """
                 (customer_id, valid_from, valid_to, open_since, last_contact, lifetime_value, score, complaints,
                  severity_rank, breaches, reopenings, unhappy, lukewarm)
                select * from unnest($1::text[], $2::timestamptz[], $3::timestamptz[], $4::timestamptz[],
                                     $5::timestamptz[], $6::numeric[], $7::int[], $8::int[], $9::int[], $10::int[],
                                     $11::int[], $12::int[], $13::int[])""",
                customers.toArray(String[]::new), from, to, openSince, lastContact, value, figures[0], figures[1],
                figures[2], figures[3], figures[4], figures[5], figures[6]);
    }
}
