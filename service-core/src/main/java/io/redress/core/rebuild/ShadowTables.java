package io.redress.core.rebuild;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a rebuild writes: empty copies of the view's tables in the schema {@value #SCHEMA}, which the rebuild's
 * transactions put first on their {@code search_path}, and which replace the live tables in one transaction when the
 * replay completes. Readers meanwhile keep reading the last complete view.
 */
final class ShadowTables {

    static final String SCHEMA = "redress_rebuild";
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final List<String> tables;

    ShadowTables(List<String> tables) {
        tables.forEach(table -> {
            if (!PLAIN_NAME.matcher(table).matches()) {
                throw new IllegalArgumentException("not a plain table name: " + table);
            }
        });
        this.tables = List.copyOf(tables);
    }

    /** Drops what an earlier rebuild left and creates empty copies (columns, keys, indexes); in a transaction. */
    Uni<Void> prepare() {
        Uni<Void> chain = execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE")
                .chain(() -> execute("CREATE SCHEMA " + SCHEMA));
        for (String table : tables) {
            chain = chain.chain(() -> execute("CREATE TABLE %s.%s (LIKE public.%s INCLUDING ALL)"
                    .formatted(SCHEMA, table, table)));
        }
        return chain;
    }

    /** Makes the rest of the current transaction read and write the copies (other tables resolve as usual). */
    static Uni<Void> route() {
        return execute("SET LOCAL search_path TO " + SCHEMA + ", public");
    }

    /** Replaces the live tables with the copies; in the transaction that completes the rebuild. */
    Uni<Void> swap() {
        Uni<Void> chain = execute("LOCK TABLE " + String.join(", ", tables.stream().map(t -> "public." + t).toList())
                + " IN ACCESS EXCLUSIVE MODE");
        for (String table : tables) {
            chain = chain.chain(() -> execute("DROP TABLE public." + table))
                    .chain(() -> execute("ALTER TABLE %s.%s SET SCHEMA public".formatted(SCHEMA, table)));
        }
        return chain.chain(() -> execute("DROP SCHEMA " + SCHEMA));
    }

    private static Uni<Void> execute(String statement) {
        return Panache.getSession().chain(session -> session.createNativeQuery(statement).executeUpdate())
                .replaceWithVoid();
    }
}
