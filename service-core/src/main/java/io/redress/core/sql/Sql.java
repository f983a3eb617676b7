package io.redress.core.sql;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;

/**
 * Small helpers over the Vert.x PostgreSQL client that every write path of a service uses (batches, commands,
 * timers, rebuilds): statements with positional parameters ({@code $1}, {@code $2}, ...) and the conversions of
 * event times to and from {@code timestamptz}.
 */
public final class Sql {

    private Sql() {
    }

    public static Uni<RowSet<Row>> query(SqlClient client, String statement, Object... parameters) {
        return client.preparedQuery(statement).execute(Tuple.from(Arrays.asList(parameters)));
    }

    public static Uni<Void> execute(SqlClient client, String statement, Object... parameters) {
        return query(client, statement, parameters).replaceWithVoid();
    }

    /** Takes a PostgreSQL advisory lock on {@code key} until the end of the transaction {@code tx} is in. */
    public static Uni<Void> lock(SqlConnection tx, String key) {
        return execute(tx, "select pg_advisory_xact_lock(hashtext($1))", key);
    }

    /**
     * Takes the advisory locks of every key, as {@link #lock} does, in one statement. They are taken in the order of
     * their hashes, the same for every caller, so two transactions wanting overlapping sets cannot deadlock.
     */
    public static Uni<Void> lockAll(SqlConnection tx, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return execute(tx, """
                select pg_advisory_xact_lock(lock) from (
                    select distinct hashtext(key) as lock from unnest($1::text[]) as key order by lock) as wanted""",
                (Object) keys.toArray(String[]::new));
    }

    public static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(Row row, String column) {
        OffsetDateTime time = row.getOffsetDateTime(column);
        return time == null ? null : time.toInstant();
    }
}
