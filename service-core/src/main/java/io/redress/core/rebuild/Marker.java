package io.redress.core.rebuild;

import io.redress.core.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Present while a rebuild is unfinished ({@code rebuild_marker} table, one row): written in the transaction that
 * prepares the shadow tables, removed in the one that swaps them in. A service that finds it at start-up rebuilds
 * again.
 *
 * @param appliedUpTo the view's checkpoints when the rebuild started: a rebuild sends no reactions for records below
 *                    them, and one resumed after a stop must remember them, as the view's own may be gone
 * @param readModels  the read models being rebuilt; empty: every one
 */
record Marker(Instant startedAt, Map<Integer, Long> appliedUpTo, Set<String> readModels) {

    static Uni<Optional<Marker>> find(SqlClient client) {
        return Sql.query(client, "select started_at, applied_up_to, read_models from rebuild_marker where id = 1")
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(read(rows.iterator().next())));
    }

    static Uni<Void> delete(SqlClient client) {
        return Sql.execute(client, "delete from rebuild_marker");
    }

    Uni<Void> write(SqlClient client) {
        String offsets = appliedUpTo.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(","));
        return Sql.execute(client, "insert into rebuild_marker (id, started_at, applied_up_to, read_models) "
                + "values (1, $1, $2, $3)", Sql.time(startedAt), offsets,
                readModels.isEmpty() ? null : String.join(",", readModels));
    }

    private static Marker read(Row row) {
        Map<Integer, Long> offsets = new HashMap<>();
        String text = row.getString("applied_up_to");
        if (text != null && !text.isBlank()) {
            for (String entry : text.split(",")) {
                String[] parts = entry.split(":");
                offsets.put(Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
            }
        }
        String models = row.getString("read_models");
        Set<String> names = models == null || models.isBlank() ? Set.of()
                : new TreeSet<>(Arrays.asList(models.split(",")));
        return new Marker(Sql.instant(row, "started_at"), offsets, names);
    }
}
