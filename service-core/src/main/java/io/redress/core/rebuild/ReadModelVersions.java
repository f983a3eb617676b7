package io.redress.core.rebuild;

import io.redress.core.sql.Sql;
import io.redress.core.sql.Table;
import io.redress.core.sql.Table.Type;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
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

    private record Built(String readModel, int version, Instant builtAt) {
    }

    private static final Table<String, Built> TABLE = Table.<String, Built>named("read_model_version",
                    ReadModelVersions::read)
            .key("read_model", Type.TEXT, Built::readModel)
            .column("version", Type.INT, Built::version)
            .column("built_at", Type.TIMESTAMP, Built::builtAt)
            .build();

    private ReadModelVersions() {
    }

    static Uni<Map<String, Integer>> all(SqlClient client) {
        return Sql.query(client, "select read_model, version, built_at from read_model_version").map(rows -> {
            Map<String, Integer> versions = new HashMap<>();
            rows.forEach(row -> versions.put(row.getString("read_model"), row.getInteger("version")));
            return versions;
        });
    }

    /** Records that the read models are now what these versions build; in the caller's transaction. */
    static Uni<Void> record(SqlClient client, Map<String, Integer> versions, Instant when) {
        return TABLE.upsert(client, versions.entrySet().stream()
                .map(version -> new Built(version.getKey(), version.getValue(), when)).toList());
    }

    private static Built read(Row row) {
        return new Built(row.getString("read_model"), row.getInteger("version"), Sql.instant(row, "built_at"));
    }
}
