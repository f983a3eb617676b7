package io.redress.intake;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.redress.core.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.util.Collection;

/**
 * PostgreSQL advisory locks held until the end of the current transaction, by name (a customer, a client's request
 * key): {@code pg_advisory_xact_lock(hashtext(name))}, whichever client takes them.
 */
public final class TransactionLocks {

    private TransactionLocks() {
    }

    /** Waits for, then holds, the lock named {@code name}, in the current Hibernate transaction. */
    public static Uni<Void> lock(String name) {
        // pg_advisory_xact_lock returns void, which Hibernate cannot read as a result: selected as a constant.
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select 1 from (select pg_advisory_xact_lock(hashtext(?1))) as locked", Integer.class)
                .setParameter(1, name).getSingleResult()).replaceWithVoid();
    }

    /**
     * Waits for, then holds, every lock named, in the caller's transaction. They are taken in the order of their
     * hashes, the same for every caller, so two transactions wanting overlapping sets cannot deadlock.
     */
    public static Uni<Void> lockAll(SqlClient tx, Collection<String> names) {
        if (names.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Sql.execute(tx, """
                select pg_advisory_xact_lock(lock) from (
                    select distinct hashtext(name) as lock from unnest($1::text[]) as name order by lock) as wanted""",
                (Object) names.toArray(String[]::new));
    }
}
