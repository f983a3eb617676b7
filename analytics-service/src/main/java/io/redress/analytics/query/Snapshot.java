package io.redress.analytics.query;

import io.redress.core.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.function.Function;

/**
 * An answer read with several statements from one snapshot: a read-only, repeatable-read transaction that first takes
 * the tables it reads in access-share mode, so a rebuild swaps them only between answers. Its statements are planned
 * for their parameters every time: a window of two years and one of an hour want different plans, and the plan
 * PostgreSQL would otherwise cache for the statement, made without the values, read a whole table by receipt time to
 * join a handful of root-cause links (270 ms instead of 4 at 100,000 complaints).
 */
public final class Snapshot {

    private Snapshot() {
    }

    /** @param tables the view's tables the statements read, comma-separated */
    public static <T> Uni<T> read(Pool pool, String tables, Function<SqlConnection, Uni<T>> reads) {
        return pool.withTransaction(tx -> Sql.execute(tx, "set transaction isolation level repeatable read, read only")
                .chain(() -> Sql.execute(tx, "set local plan_cache_mode = force_custom_plan"))
                .chain(() -> Sql.execute(tx, "lock table " + tables + " in access share mode"))
                .chain(() -> reads.apply(tx)));
    }
}
