package io.redress.core.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How far this service's view has got in each partition of {@code complaint-events} ({@code consumer_checkpoint}
 * table: one row per partition), written in the transaction that changes the view: a redelivered record lies below
 * it and changes nothing.
 */
@Entity
@Table(name = "consumer_checkpoint")
public class Checkpoint extends PanacheEntityBase {

    @Id
    @Column(name = "kafka_partition")
    public int partition;

    /** The offset of the next record to apply. */
    @Column(name = "next_offset", nullable = false)
    public long nextOffset;

    static Uni<Map<Integer, Checkpoint>> of(Collection<Integer> partitions) {
        return Checkpoint.<Checkpoint>list("partition in ?1", partitions)
                .map(rows -> rows.stream().collect(Collectors.toMap(row -> row.partition, row -> row)));
    }

    /** Next offset per partition: what the view has applied so far. */
    public static Uni<Map<Integer, Long>> all() {
        return Checkpoint.<Checkpoint>listAll()
                .map(rows -> rows.stream().collect(Collectors.toMap(row -> row.partition, row -> row.nextOffset)));
    }

    /** Moves one partition's checkpoint past {@code offset}; runs inside a transaction. */
    static Uni<Void> passed(int partition, long offset) {
        return Checkpoint.<Checkpoint>findById(partition).chain(row -> {
            if (row == null) {
                return at(partition, offset + 1).persist().replaceWithVoid();
            }
            row.passed(offset);
            return Uni.createFrom().voidItem();
        });
    }

    /** Moves this checkpoint past {@code offset}, never back. */
    void passed(long offset) {
        nextOffset = Math.max(nextOffset, offset + 1);
    }

    static Checkpoint at(int partition, long nextOffset) {
        Checkpoint row = new Checkpoint();
        row.partition = partition;
        row.nextOffset = nextOffset;
        return row;
    }
}
