package io.redress.core.rebuild;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Which version of the projection built the view ({@code view_version} table, one row). Written when a rebuild
 * completes, and when an empty view is first opened; a service whose projection has another version rebuilds at
 * start-up.
 */
@Entity
@Table(name = "view_version")
public class ViewVersion extends PanacheEntityBase {

    static final int ONLY = 1;

    @Id
    public int id = ONLY;

    @Column(name = "version", nullable = false)
    public int version;

    @Column(name = "built_at", nullable = false)
    public Instant builtAt;

    /** Records that the view now is what {@code version} of the projection builds; in the caller's transaction. */
    static Uni<Void> record(int version, Instant when) {
        return ViewVersion.<ViewVersion>findById(ONLY).chain(found -> {
            ViewVersion row = found != null ? found : new ViewVersion();
            row.version = version;
            row.builtAt = when;
            return row.<ViewVersion>persist();
        }).replaceWithVoid();
    }
}
