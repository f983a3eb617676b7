package io.redress.core.rebuild;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

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

    static RebuildMarker startedAt(Instant when) {
        RebuildMarker marker = new RebuildMarker();
        marker.startedAt = when;
        return marker;
    }
}
