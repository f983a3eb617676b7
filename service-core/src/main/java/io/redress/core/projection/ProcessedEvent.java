package io.redress.core.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One row per consumed event ({@code processed_event} table), written in the same transaction as the view change:
 * a redelivered event finds its row and changes nothing. Also records events ignored as not fitting the state.
 */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "subject")
    public String subject;

    @Column(name = "kafka_partition")
    public Integer partition;

    @Column(name = "kafka_offset")
    public Long offset;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 16)
    public Outcome.Status outcome;

    @Column(name = "reason", length = 500)
    public String reason;

    /** The highest offset processed per partition of {@code complaint-events}. */
    public static Uni<Map<Integer, Long>> lastOffsets() {
        return getSession().chain(session -> session.createSelectionQuery(
                "select p.partition, max(p.offset) from ProcessedEvent p where p.partition is not null "
                        + "group by p.partition", Object[].class).getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(
                        row -> (Integer) row[0], row -> (Long) row[1])));
    }
}
