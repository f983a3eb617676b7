package io.redress.analytics.summary;

import io.redress.analytics.query.Snapshot;
import io.redress.analytics.query.Window;
import io.redress.analytics.summary.Figures.Satisfaction;
import io.redress.core.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the figures of {@link FigureSql}, each answer's statements in one {@link Snapshot}. */
final class FigureReads {

    private FigureReads() {
    }

    static Uni<Summary> summary(Pool pool, Window window) {
        Object[] at = window.parameters();
        return Snapshot.read(pool, FigureSql.TABLES, tx -> Uni.combine().all().unis(Sql.query(tx, FigureSql.whole(), at),
                        Sql.query(tx, FigureSql.wholeSatisfaction(), at), Sql.query(tx, FigureSql.DIMENSIONS, at),
                        Sql.query(tx, FigureSql.ESCALATIONS, at), Sql.query(tx, FigureSql.WITH_ROOT_CAUSE, at))
                .with((main, answers, dimensions, escalations, traced) -> summary(window, first(main),
                        satisfaction(answers.iterator().hasNext() ? answers.iterator().next() : null), dimensions,
                        escalations, traced.iterator().next().getLong("complaints"))));
    }

    static Uni<List<TrendPoint>> trends(Pool pool, Window window, Interval interval, ZoneId zone) {
        Object[] base = window.parameters();
        Object[] at = {base[0], base[1], base[2], zone.getId()};
        return Snapshot.read(pool, FigureSql.TABLES, tx -> Sql.query(tx, FigureSql.bucketed(interval), at).chain(main -> Sql.query(tx,
                FigureSql.bucketedSatisfaction(interval), at).map(answers -> {
                    Map<Object, Satisfaction> byBucket = new HashMap<>();
                    answers.forEach(row -> byBucket.put(row.getValue("bucket"), satisfaction(row)));
                    List<TrendPoint> points = new ArrayList<>();
                    main.forEach(row -> points.add(TrendPoint.of(Sql.instant(row, "bucket"), MainFigures.read(row),
                            byBucket.getOrDefault(row.getValue("bucket"), satisfaction(null)))));
                    return points;
                })));
    }

    private static MainFigures first(RowSet<Row> main) {
        return main.iterator().hasNext() ? MainFigures.read(main.iterator().next()) : MainFigures.NONE;
    }

    private static Satisfaction satisfaction(Row row) {
        return row == null ? Satisfaction.of(0, null, 0)
                : Satisfaction.of(row.getLong("responses"), row.getBigDecimal("score_sum"), row.getLong("satisfied"));
    }

    private static Summary summary(Window window, MainFigures main, Satisfaction satisfaction,
            RowSet<Row> dimensions, RowSet<Row> escalations, long withRootCause) {
        Map<String, Long> severity = new TreeMap<>();
        Map<String, Long> channel = new TreeMap<>();
        Map<String, Long> category = new TreeMap<>();
        dimensions.forEach(row -> {
            long count = row.getLong("complaints");
            if (row.getString("severity") != null) {
                severity.put(row.getString("severity"), count);
            } else if (row.getString("channel") != null) {
                channel.put(row.getString("channel"), count);
            } else {
                category.put(row.getString("category"), count);
            }
        });
        Map<String, Long> levels = new TreeMap<>();
        escalations.forEach(row -> levels.put(String.valueOf(row.getInteger("level")), row.getLong("escalations")));
        long filed = main.filed();
        return new Summary(window.from(), window.to(), window.asOf(), filed, main.backlog(), main.assigned(),
                filed - main.assigned(), withRootCause, severity, channel, category,
                new Summary.IncidentRate(main.customers(), Figures.ratio(filed, main.customers()), main.repeats(),
                        Figures.ratio(main.repeats(), filed), main.contacts(),
                        Figures.ratio(main.contacts(), filed)),
                main.timeToAcknowledge(), main.timeToResolve(), main.slaBreached(), main.firstContactResolved(),
                main.reopened(), satisfaction, levels);
    }
}
