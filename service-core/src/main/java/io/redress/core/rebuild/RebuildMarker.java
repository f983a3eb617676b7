package io.redress.core.rebuild;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Present while a rebuild of this view is unfinished ({@code rebuild_marker} table, one row): written in the
 * transaction that empties the view, removed when the replay completes. A service that finds it at start-up knows
 * its view is partial and rebuilds again.
 */
@Entity
@Table(name = "rebuild_marker")
public class RebuildMarker extends PanacheEntityBase {

    static final int ONLY = 1;

    @Id
    public int id = ONLY;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    /**
     * The view's checkpoints before it was emptied ({@code partition:nextOffset,...}): a rebuild sends no reactions
     * for records below them, and one resumed after a stop must remember them, as the view's own are gone.
     */
    @Column(name = "applied_up_to", length = 2000)
    public String appliedUpTo;

    static RebuildMarker of(Instant when, Map<Integer, Long> appliedUpTo) {
        RebuildMarker marker = new RebuildMarker();
        marker.startedAt = when;
        marker.appliedUpTo = appliedUpTo.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(","));
        return marker;
    }

    Map<Integer, Long> appliedUpTo() {
        Map<Integer, Long> offsets = new HashMap<>();
        if (appliedUpTo != null && !appliedUpTo.isBlank()) {
            for (String entry : appliedUpTo.split(",")) {
                String[] parts = entry.split(":");
                offsets.put(Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
            }
        }
        return offsets;
    }
}
