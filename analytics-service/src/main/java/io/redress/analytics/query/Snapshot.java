package io.redress.analytics.query;

import io.redress.core.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.function.Function;

/**
 * An answer read with several statements from one snapshot: a read-only, repeatable-read transaction that first takes
 * the tables it reads in access-share mode, so a rebuild swaps them only between answers.
 */
public final class Snapshot {

    private Snapshot() {
    }

    /** @param tables the view's tables the statements read, comma-separated */
    public static <T> Uni<T> read(Pool pool, String tables, Function<SqlConnection, Uni<T>> reads) {
        return pool.withTransaction(tx -> Sql.execute(tx, "set transaction isolation level repeatable read, read only")
                .chain(() -> Sql.execute(tx, "lock table " + tables + " in access share mode"))
                .chain(() -> reads.apply(tx)));
    }
}
