package io.redress.core.rebuild;

import io.redress.core.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final List<String> swapped;

    /**
     * @param tables  the tables to copy
     * @param swapped those of them that replace the live ones when the rebuild completes (the others are scratch)
     */
    ShadowTables(List<String> tables, List<String> swapped) {
        tables.forEach(table -> {
            if (!PLAIN_NAME.matcher(table).matches()) {
                throw new IllegalArgumentException("not a plain table name: " + table);
            }
        });
        if (!tables.containsAll(swapped)) {
            throw new IllegalArgumentException("swapped tables must be copied: " + swapped);
        }
        this.tables = List.copyOf(tables);
        this.swapped = List.copyOf(swapped);
    }

    /**
     * Drops what an earlier rebuild left and creates empty copies (columns, keys, indexes, under the live indexes'
     * names, so that migrations can name them after a swap); in a transaction.
     */
    Uni<Void> prepare(SqlConnection tx) {
        Uni<Void> chain = Sql.execute(tx, "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE")
                .chain(() -> Sql.execute(tx, "CREATE SCHEMA " + SCHEMA));
        for (String table : tables) {
            chain = chain.chain(() -> Sql.execute(tx, "CREATE TABLE %s.%s (LIKE public.%s INCLUDING ALL)"
                    .formatted(SCHEMA, table, table)))
                    .chain(() -> storage(tx, table))
                    .chain(() -> indexes(tx, "public", table).chain(live -> indexes(tx, SCHEMA, table)
                            .chain(copies -> renameAll(tx, renames(live, copies)))));
        }
        return chain;
    }

    /**
     * Which copy index takes which live index's name: PostgreSQL names the copies itself ({@code table_column_idx}),
     * so each copy is paired with a live index of the same definition.
     *
     * @param live live index name → definition without name and table
     * @param copies copy index name → definition without name and table
     * @return copy name → live name, for copies whose name differs
     */
    static Map<String, String> renames(Map<String, String> live, Map<String, String> copies) {
        Map<String, String> renames = new LinkedHashMap<>();
        List<String> unpaired = new ArrayList<>(copies.keySet());
        live.forEach((liveName, definition) -> unpaired.stream()
                .filter(copy -> copies.get(copy).equals(definition)).findFirst().ifPresent(copy -> {
                    unpaired.remove(copy);
                    if (!copy.equals(liveName)) {
                        renames.put(copy, liveName);
                    }
                }));
        return renames;
    }

    /**
     * Gives the copy the live table's storage parameters (a fillfactor that leaves room for HOT updates, say), which
     * {@code LIKE ... INCLUDING ALL} does not copy.
     */
    private static Uni<Void> storage(SqlConnection tx, String table) {
        return Sql.query(tx, "select array_to_string(reloptions, ', ') as options from pg_class "
                        + "where oid = to_regclass($1)", "public." + table)
                .chain(rows -> {
                    String options = rows.iterator().hasNext() ? rows.iterator().next().getString("options") : null;
                    if (options == null || options.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    if (!options.matches("[a-z_]+=[A-Za-z0-9_.]+(, [a-z_]+=[A-Za-z0-9_.]+)*")) {
                        throw new IllegalStateException("unexpected storage parameters of " + table + ": " + options);
                    }
                    return Sql.execute(tx, "ALTER TABLE %s.%s SET (%s)".formatted(SCHEMA, table, options));
                });
    }

    private static Uni<Map<String, String>> indexes(SqlConnection tx, String schema, String table) {
        return Sql.query(tx, "select indexname, regexp_replace(indexdef, ' INDEX \\S+ ON \\S+ ', ' INDEX ON ') "
                        + "as definition from pg_indexes where schemaname = $1 and tablename = $2 order by indexname",
                        schema, table)
                .map(rows -> {
                    Map<String, String> indexes = new LinkedHashMap<>();
                    rows.forEach(row -> indexes.put(row.getString("indexname"), row.getString("definition")));
                    return indexes;
                });
    }

    private static Uni<Void> renameAll(SqlConnection tx, Map<String, String> renames) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Map.Entry<String, String> rename : renames.entrySet()) {
            if (!PLAIN_NAME.matcher(rename.getKey()).matches() || !PLAIN_NAME.matcher(rename.getValue()).matches()) {
                throw new IllegalStateException("not a plain index name: " + rename);
            }
            chain = chain.chain(() -> Sql.execute(tx, "ALTER INDEX %s.%s RENAME TO %s"
                    .formatted(SCHEMA, rename.getKey(), rename.getValue())));
        }
        return chain;
    }

    /** Makes the rest of the current transaction read and write the copies (other tables resolve as usual). */
    static Uni<Void> route(SqlConnection tx) {
        return Sql.execute(tx, "SET LOCAL search_path TO " + SCHEMA + ", public");
    }

    /**
     * Replaces the live tables with the copies to swap, and drops the scratch ones; in the transaction that
     * completes the rebuild.
     */
    Uni<Void> swap(SqlConnection tx) {
        Uni<Void> chain = swapped.isEmpty() ? Uni.createFrom().voidItem() : Sql.execute(tx, "LOCK TABLE "
                + String.join(", ", swapped.stream().map(t -> "public." + t).toList()) + " IN ACCESS EXCLUSIVE MODE");
        for (String table : swapped) {
            chain = chain.chain(() -> Sql.execute(tx, "DROP TABLE public." + table))
                    .chain(() -> Sql.execute(tx, "ALTER TABLE %s.%s SET SCHEMA public".formatted(SCHEMA, table)));
        }
        return chain.chain(() -> Sql.execute(tx, "DROP SCHEMA " + SCHEMA + " CASCADE"));
    }
}
