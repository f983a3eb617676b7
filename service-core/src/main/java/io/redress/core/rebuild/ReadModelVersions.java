package io.redress.core.rebuild;

import io.redress.core.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Which version of each read model built it ({@code read_model_version} table, one row per read model). Written when
 * a rebuild completes, and when an empty read model is first opened; a read model of another version is rebuilt at
 * start-up.
 */
final class ReadModelVersions {

    private ReadModelVersions() {
    }

    static Uni<Map<String, Integer>> all(SqlClient client) {
        return Sql.query(client, "select read_model, version from read_model_version").map(rows -> {
            Map<String, Integer> versions = new HashMap<>();
            rows.forEach(row -> versions.put(row.getString("read_model"), row.getInteger("version")));
            return versions;
        });
    }

    /** Records that the read models are now what these versions build; in the caller's transaction. */
    static Uni<Void> record(SqlClient client, Map<String, Integer> versions, Instant when) {
        if (versions.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String[] names = versions.keySet().toArray(String[]::new);
        Integer[] numbers = new Integer[names.length];
        for (int i = 0; i < names.length; i++) {
            numbers[i] = versions.get(names[i]);
        }
        return Sql.execute(client, """
                insert into read_model_version (read_model, version, built_at)
                select u.name, u.version, $3 from unnest($1::text[], $2::int4[]) as u(name, version)
                on conflict (read_model) do update set version = excluded.version, built_at = excluded.built_at""",
                names, numbers, Sql.time(when));
    }
}
