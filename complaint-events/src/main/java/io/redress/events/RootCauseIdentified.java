package io.redress.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An analyst traced a set of complaints to one cause by asking "why?" repeatedly (emitted by analytics).
 *
 * @param whys             the chain of answers, each explaining the one before
 * @param correctiveAction what will remove the cause, so the complaints stop recurring
 * @param correctedAt      when the corrective action took effect (recurrence is compared before and after it);
 *                         absent while it is only planned, and in events written before it was recorded
 */
public record RootCauseIdentified(
        UUID rootCauseId,
        Instant occurredAt,
        String title,
        String category,
        String component,
        List<String> whys,
        String correctiveAction,
        List<UUID> complaintIds,
        Instant correctedAt) implements ComplaintEvent {

    /** Without the time of the correction (as written before it was recorded). */
    public RootCauseIdentified(UUID rootCauseId, Instant occurredAt, String title, String category, String component,
            List<String> whys, String correctiveAction, List<UUID> complaintIds) {
        this(rootCauseId, occurredAt, title, category, component, whys, correctiveAction, complaintIds, null);
    }

    public RootCauseIdentified {
        Require.present(rootCauseId, "rootCauseId");
        Require.present(occurredAt, "occurredAt");
        Require.text(title, "title");
        Require.text(category, "category");
        whys = Require.list(whys, "whys");
        Require.text(correctiveAction, "correctiveAction");
        complaintIds = Require.list(complaintIds, "complaintIds");
    }

    @Override
    @JsonIgnore
    public String subject() {
        return rootCauseId.toString();
    }
}
