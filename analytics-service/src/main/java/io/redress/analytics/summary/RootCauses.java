package io.redress.analytics.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redress.core.projection.NativeStatements;
import io.redress.events.EventEnvelope;
import io.redress.events.RootCauseIdentified;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/**
 * Root causes in analytics' view ({@code analytics_root_cause} and its links to complaints). A root cause names
 * complaints whose events are on other partitions, so its links are stored whether or not those complaints are in the
 * view yet, and reads join them: the view is the same whichever reaches it first.
 */
final class RootCauses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RootCauses() {
    }

    /** Stores the batch's root causes; runs in the batch's transaction. A second copy changes nothing. */
    static Uni<Void> apply(List<EventEnvelope> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (EventEnvelope envelope : events) {
            if (envelope.event() instanceof RootCauseIdentified rootCause) {
                chain = chain.chain(() -> store(rootCause));
            }
        }
        return chain;
    }

    private static Uni<Void> store(RootCauseIdentified rootCause) {
        Uni<Void> chain = NativeStatements.execute("""
                insert into analytics_root_cause
                  (root_cause_id, title, category, component, whys, corrective_action, identified_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (root_cause_id) do nothing""",
                rootCause.rootCauseId(), rootCause.title(), rootCause.category(), rootCause.component(),
                whys(rootCause.whys()), rootCause.correctiveAction(), rootCause.occurredAt());
        for (UUID complaintId : rootCause.complaintIds()) {
            chain = chain.chain(() -> NativeStatements.execute("""
                    insert into analytics_root_cause_complaint (root_cause_id, complaint_id, identified_at)
                    values (?1, ?2, ?3) on conflict do nothing""",
                    rootCause.rootCauseId(), complaintId, rootCause.occurredAt()));
        }
        return chain;
    }

    private static String whys(List<String> whys) {
        try {
            return JSON.writeValueAsString(whys);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings is always JSON", e);
        }
    }
}
