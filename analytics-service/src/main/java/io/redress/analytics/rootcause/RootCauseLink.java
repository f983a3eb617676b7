package io.redress.analytics.rootcause;

import java.time.Instant;
import java.util.UUID;

/**
 * One complaint traced to a root cause, one row of {@code analytics_root_cause_complaint} ({@link RootCauseTables});
 * kept whether or not the complaint is in the view yet.
 *
 * @param identifiedAt when the root cause was identified (copied here so that counting as of a time needs no join)
 */
public record RootCauseLink(UUID rootCauseId, UUID complaintId, Instant identifiedAt) {

    /** What makes a link unique: the table's primary key. */
    record Key(UUID rootCauseId, UUID complaintId) {
    }

    Key key() {
        return new Key(rootCauseId, complaintId);
    }
}
