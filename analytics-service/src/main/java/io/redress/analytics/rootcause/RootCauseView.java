package io.redress.analytics.rootcause;

import io.redress.events.Severity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A root cause as analysts read it: the cause, its whys and corrective action, and the complaints it explains (as
 * analytics knows them; one not in the view yet shows only its id).
 */
public record RootCauseView(
        UUID rootCauseId,
        String title,
        String category,
        @Schema(nullable = true) String component,
        List<String> whys,
        String correctiveAction,
        Instant identifiedAt,
        @Schema(nullable = true, description = "When the corrective action took effect") Instant correctedAt,
        @Schema(description = "How many complaints it explains") int complaintCount,
        @Schema(description = "The complaints it explains, by receipt time (GET /root-causes/{id} only; empty in "
                + "the list)") List<Linked> complaints,
        @Schema(nullable = true, description = "Complaints of its category (and component) per week before and "
                + "after the corrective action (GET /root-causes/{id} only; null in the list)") Recurrence recurrence) {

    /** A complaint a root cause explains. */
    public record Linked(UUID complaintId, @Schema(nullable = true) Instant receivedAt,
            @Schema(nullable = true) String category, @Schema(nullable = true) Severity severity,
            @Schema(description = "Whether analytics has the complaint's filing yet") boolean inView) {
    }

    static RootCauseView of(RootCause cause, int count, List<Linked> complaints) {
        return new RootCauseView(cause.rootCauseId(), cause.title(), cause.category(), cause.component(),
                cause.whys(), cause.correctiveAction(), cause.identifiedAt(), cause.correctedAt(), count, complaints,
                null);
    }

    RootCauseView with(Recurrence measured) {
        return new RootCauseView(rootCauseId, title, category, component, whys, correctiveAction, identifiedAt,
                correctedAt, complaintCount, complaints, measured);
    }
}
