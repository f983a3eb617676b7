package io.redress.intake;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * PostgreSQL advisory locks held until the end of the current Hibernate transaction, by name (a customer):
 * {@code pg_advisory_xact_lock(hashtext(name))}, the same locks {@code Sql.lock} and {@code Sql.lockAll} take on the
 * Vert.x client.
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
}
