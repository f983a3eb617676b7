package io.redress.core.consumer;

import io.redress.core.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How far this service's view has got in each partition of {@code complaint-events} ({@code consumer_checkpoint}
 * table: one row per partition, the offset of the next record to apply), written in the transaction that changes the
 * view: a redelivered record lies below it and changes nothing.
 */
public final class Checkpoints {

    private Checkpoints() {
    }

    static Uni<Map<Integer, Long>> load(SqlConnection tx, Collection<Integer> partitions) {
        return Sql.query(tx, "select kafka_partition, next_offset from consumer_checkpoint "
                + "where kafka_partition = any($1::int4[])", (Object) partitions.toArray(Integer[]::new))
                .map(Checkpoints::byPartition);
    }

    /** Next offset per partition: what the view has applied so far. */
    public static Uni<Map<Integer, Long>> all(SqlClient client) {
        return Sql.query(client, "select kafka_partition, next_offset from consumer_checkpoint")
                .map(Checkpoints::byPartition);
    }

    /** Moves each partition's checkpoint to its next offset, never back; one statement. */
    static Uni<Void> advance(SqlConnection tx, Map<Integer, Long> next) {
        if (next.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Integer[] partitions = next.keySet().toArray(Integer[]::new);
        Long[] offsets = new Long[partitions.length];
        for (int i = 0; i < partitions.length; i++) {
            offsets[i] = next.get(partitions[i]);
        }
        return Sql.execute(tx, """
                insert into consumer_checkpoint (kafka_partition, next_offset)
                select * from unnest($1::int4[], $2::int8[])
                on conflict (kafka_partition) do update
                  set next_offset = greatest(consumer_checkpoint.next_offset, excluded.next_offset)""",
                partitions, offsets);
    }

    private static Map<Integer, Long> byPartition(Iterable<Row> rows) {
        Map<Integer, Long> checkpoints = new HashMap<>();
        rows.forEach(row -> checkpoints.put(row.getInteger("kafka_partition"), row.getLong("next_offset")));
        return checkpoints;
    }
}
