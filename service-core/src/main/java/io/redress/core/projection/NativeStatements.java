package io.redress.core.projection;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Runs a native SQL statement in the current Hibernate Reactive session and transaction, with positional parameters
 * ({@code ?1}, {@code ?2}, ...): for the writes of a view that entities do not express (upserts, multi-row inserts,
 * set-wise updates, DDL of a rebuild).
 */
public final class NativeStatements {

    private NativeStatements() {
    }

    public static Uni<Void> execute(String statement, Object... parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.executeUpdate();
        }).replaceWithVoid();
    }
}
