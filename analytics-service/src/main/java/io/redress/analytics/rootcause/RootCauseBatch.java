package io.redress.analytics.rootcause;

import io.redress.events.RootCauseIdentified;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rows a batch of {@code RootCauseIdentified} adds to {@code analytics_root_cause} and
 * {@code analytics_root_cause_complaint}, a pure function of the events: one per root cause and one per link, the
 * first copy winning, as it does against rows an earlier batch stored.
 */
record RootCauseBatch(List<RootCause> causes, List<RootCauseLink> links) {

    static RootCauseBatch of(List<RootCauseIdentified> events) {
        Map<UUID, RootCause> causes = new LinkedHashMap<>();
        Map<RootCauseLink.Key, RootCauseLink> links = new LinkedHashMap<>();
        for (RootCauseIdentified identified : events) {
            causes.putIfAbsent(identified.rootCauseId(), RootCause.of(identified));
            for (UUID complaintId : identified.complaintIds()) {
                RootCauseLink link = new RootCauseLink(identified.rootCauseId(), complaintId, identified.occurredAt());
                links.putIfAbsent(link.key(), link);
            }
        }
        return new RootCauseBatch(List.copyOf(causes.values()), List.copyOf(links.values()));
    }
}
