package io.redress.analytics.recovery;

import io.redress.analytics.query.Snapshot;
import io.redress.analytics.query.Window;
import io.redress.analytics.recovery.Recovery.Cohort;
import io.redress.analytics.recovery.Recovery.Paradox;
import io.redress.analytics.recovery.Recovery.WithAndWithout;
import io.redress.analytics.rollup.Recoveries;
import io.redress.analytics.summary.Figures;
import io.redress.analytics.summary.Figures.Satisfaction;
import io.redress.analytics.summary.RollupReads;
import io.redress.core.sql.Sql;
import io.redress.events.Severity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads {@link Recovery} in one snapshot of the summary's rollup: the answers' splits as sums of {@link Recoveries}'
 * figures (through {@link RollupReads#contributions}), the paradox as sums of its day sums and changes
 * ({@link ParadoxSums}). {@link #fromFacts} computes both from the facts with {@link RecoverySql#ANSWERS}
 * and {@link RecoverySql#PARADOX}, their definition; both give the same figures to the digit (RollupEquivalenceTest).
 */
public final class RecoveryReads {

    private static final String ANSWERS = RecoverySql.ANSWERS.formatted(String.join(", ",
            Recoveries.COMPENSATING.stream().map(type -> "'" + type.name() + "'").toList()));
    private static final String FACTS = "analytics_complaint, analytics_occurrence";
    private static final List<String> SETS = List.of("ownership", "valued", "quick", "regret", "drivers",
            "apologized", "remedy", "extra_mile", "mix");
    private static final Map<String, String> DRIVERS = Map.of("ownership", "ownershipTaken", "valued", "feltValued",
            "quick", "resolvedQuickly", "regret", "regretExpressed");

    private RecoveryReads() {
    }

    /** The answer of {@code /analytics/recovery}. */
    public static Uni<Recovery> read(Pool pool, Window window) {
        return Snapshot.read(pool, RollupReads.TABLES, tx -> RollupReads.contributions(tx, window)
                .chain(sums -> ParadoxSums.read(tx, window).map(paradox -> fromSums(window, sums, paradox))));
    }

    /** The same answer with the answers' splits computed from the facts by their definition. */
    public static Uni<Recovery> fromFacts(Pool pool, Window window) {
        Object[] at = window.parameters();
        return Snapshot.read(pool, FACTS, tx -> Sql.query(tx, ANSWERS, at)
                .chain(answers -> Sql.query(tx, RecoverySql.PARADOX, at)
                        .map(paradox -> fromFacts(window, answers, paradox))));
    }

    private static Recovery fromSums(Window window, Map<String, Long> sums, RowSet<Row> paradoxRows) {
        Map<String, Map<String, Satisfaction>> sets = new LinkedHashMap<>();
        SETS.forEach(set -> sets.put(set, new TreeMap<>()));
        sums.forEach((figure, n) -> {
            if (figure.startsWith(Recoveries.PREFIX) && figure.endsWith(Recoveries.N)) {
                String group = figure.substring(Recoveries.PREFIX.length(), figure.length() - Recoveries.N.length());
                String prefix = Recoveries.PREFIX + group;
                Satisfaction satisfaction = Satisfaction.of(n,
                        BigDecimal.valueOf(sums.getOrDefault(prefix + Recoveries.SCORE, 0L)),
                        sums.getOrDefault(prefix + Recoveries.SATISFIED, 0L));
                int colon = group.indexOf(':');
                sets.computeIfAbsent(group.substring(0, colon), set -> new TreeMap<>())
                        .put(group.substring(colon + 1), satisfaction);
            }
        });
        Map<String, Satisfaction> every = sets.remove("all");
        Satisfaction all = every == null ? none() : every.getOrDefault("all", none());
        return recovery(window, all, sets, paradoxRows);
    }

    private static Recovery fromFacts(Window window, RowSet<Row> rows, RowSet<Row> paradoxRows) {
        Map<String, Map<String, Satisfaction>> sets = new LinkedHashMap<>();
        SETS.forEach(set -> sets.put(set, new TreeMap<>()));
        Satisfaction all = none();
        for (Row row : rows) {
            int mask = row.getInteger("set");
            if (mask == (1 << SETS.size()) - 1) {
                all = satisfaction(row);
            }
            for (int i = 0; i < SETS.size(); i++) {
                if ((mask >> (SETS.size() - 1 - i) & 1) == 0) {
                    Object value = row.getValue(SETS.get(i));
                    if (value != null) {
                        sets.get(SETS.get(i)).put(value.toString(), satisfaction(row));
                    }
                }
            }
        }
        return recovery(window, all, sets, paradoxRows);
    }

    private static Recovery recovery(Window window, Satisfaction all, Map<String, Map<String, Satisfaction>> sets,
            RowSet<Row> paradoxRows) {
        Map<String, WithAndWithout> drivers = new LinkedHashMap<>();
        for (String driver : List.of("ownership", "valued", "quick", "regret")) {
            drivers.put(DRIVERS.get(driver), split(sets.get(driver)));
        }
        Map<String, Satisfaction> present = new TreeMap<>();
        for (int n = 0; n <= 4; n++) {
            present.put(String.valueOf(n), sets.get("drivers").getOrDefault(String.valueOf(n), none()));
        }
        Map<String, Satisfaction> mix = sets.get("mix");
        return new Recovery(window.from(), window.to(), window.asOf(), all, drivers, present,
                split(sets.get("apologized")), sets.get("remedy"), split(sets.get("extra_mile")),
                mix.getOrDefault(Recoveries.COMPENSATION_ONLY, none()),
                mix.getOrDefault(Recoveries.OWNERSHIP_AND_REGRET_ONLY, none()),
                paradox(paradoxRows));
    }

    private static List<Paradox> paradox(RowSet<Row> rows) {
        Map<String, Cohort[]> bySeverity = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity.name(), new Cohort[] {cohort(0, 0, 0, null), cohort(0, 0, 0, null)});
        }
        for (Row row : rows) {
            Cohort cohort = cohort(row.getLong("customers"), row.getLong("again"), row.getLong("next_answers"),
                    row.getBigDecimal("next_score_sum"));
            bySeverity.get(row.getString("severity"))[row.getBoolean("satisfied") ? 0 : 1] = cohort;
        }
        List<Paradox> paradox = new ArrayList<>();
        bySeverity.forEach((severity, cohorts) -> paradox.add(new Paradox(severity, cohorts[0], cohorts[1])));
        return paradox;
    }

    private static Cohort cohort(long customers, long again, long answers, BigDecimal scoreSum) {
        return new Cohort(customers, again, Figures.ratio(again, customers), answers, Figures.mean(scoreSum, answers));
    }

    private static WithAndWithout split(Map<String, Satisfaction> byFlag) {
        return new WithAndWithout(byFlag.getOrDefault("true", none()), byFlag.getOrDefault("false", none()));
    }

    private static Satisfaction satisfaction(Row row) {
        return Satisfaction.of(row.getLong("responses"), row.getBigDecimal("score_sum"), row.getLong("satisfied"));
    }

    private static Satisfaction none() {
        return Satisfaction.of(0, null, 0);
    }
}
