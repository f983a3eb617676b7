package io.redress.analytics.rootcause;

import io.redress.events.RootCauseIdentified;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A root cause as analytics keeps it, one row of {@code analytics_root_cause} ({@link RootCauseTables}).
 *
 * @param whys         the chain of answers, each explaining the one before
 * @param identifiedAt the event's time, which {@code asOf} is compared with
 * @param correctedAt  when the corrective action took effect; null while it is only planned
 */
public record RootCause(UUID rootCauseId, String title, String category, String component, List<String> whys,
        String correctiveAction, Instant identifiedAt, Instant correctedAt) {

    public RootCause {
        whys = List.copyOf(whys);
    }

    static RootCause of(RootCauseIdentified identified) {
        return new RootCause(identified.rootCauseId(), identified.title(), identified.category(),
                identified.component(), identified.whys(), identified.correctiveAction(), identified.occurredAt(),
                identified.correctedAt());
    }
}
