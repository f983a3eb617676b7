package io.redress.core.gate;

import io.redress.core.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps every instance of a service out of the view while one of them rebuilds it: a PostgreSQL advisory lock on the
 * service's database. Each live batch, timer round and command holds it shared for its transaction; a rebuild (and
 * the start-up check) holds it exclusively, on a connection of its own, for as long as it runs. An instance's own
 * live consumer is also held by its {@link ProcessingGate}.
 */
@ApplicationScoped
public class ViewLock {

    /** The lock's key: one view per database, so one key serves every service. */
    static final long KEY = 0x7265647265737301L;

    private final Pool pool;

    public ViewLock(Pool pool) {
        this.pool = pool;
    }

    /** Waits until no rebuild runs, then holds the lock shared until {@code tx} ends. */
    public static Uni<Void> shared(SqlConnection tx) {
        return Sql.execute(tx, "select pg_advisory_xact_lock_shared($1)", KEY);
    }

    /**
     * As {@link #shared}, waiting at most {@code waitMillis}: a command during a rebuild fails with the
     * lock-timeout error ({@code 55P03}) instead of waiting for the whole rebuild.
     */
    public static Uni<Void> sharedWithin(SqlConnection tx, long waitMillis) {
        return Sql.execute(tx, "select set_config('lock_timeout', $1, true)", waitMillis + "ms")
                .chain(() -> shared(tx))
                .chain(() -> Sql.execute(tx, "select set_config('lock_timeout', '0', true)"));
    }

    /** Waits until every instance is out of the view, then holds it; release it with {@link Held#release()}. */
    public Uni<Held> exclusive() {
        return pool.getConnection().chain(connection -> Sql.execute(connection, "select pg_advisory_lock($1)", KEY)
                .replaceWith(new Held(connection))
                .onFailure().call(connection::close));
    }

    /** The exclusive lock as held on its own connection. */
    public static final class Held {

        private final SqlConnection connection;

        private Held(SqlConnection connection) {
            this.connection = connection;
        }

        /** Lets go of the lock and returns the connection to the pool. */
        public Uni<Void> release() {
            return Sql.execute(connection, "select pg_advisory_unlock($1)", KEY)
                    .eventually(connection::close);
        }
    }
}
