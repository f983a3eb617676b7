package io.redress.resolution.reopening;

import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.ComplaintReopened;
import io.redress.events.ContactLogged;
import io.redress.events.SatisfactionRecorded;
import io.redress.resolution.lifecycle.ComplaintState;
import io.redress.resolution.lifecycle.ComplaintStatus;
import io.redress.resolution.sla.SlaPolicy;
import java.time.Instant;
import java.util.Optional;

/**
 * When the customer reopens a resolved complaint without asking, pure: a satisfaction answer that reopens (a score
 * of 2 or less while followup allows more reopenings: {@link SatisfactionRecorded#reopens()}), or a contact after
 * the resolution (they had to come back). The reason says which; both clocks start again.
 */
public final class Reopening {

    /** Who asked, on a reopening the customer's answer or contact caused. */
    public static final String CUSTOMER = "customer";

    private Reopening() {
    }

    /** @param state the complaint after the event was folded */
    public static Optional<ComplaintReopened> after(ComplaintLifecycleEvent event, ComplaintState state,
            SlaPolicy.Dues dues, Instant now) {
        if (state == null || state.status() != ComplaintStatus.RESOLVED) {
            return Optional.empty();
        }
        String reason = switch (event) {
            case SatisfactionRecorded answer when answer.reopens() ->
                    "satisfaction score %d of 5: the customer is not satisfied with the resolution".formatted(
                            answer.score());
            case ContactLogged contact -> "the customer got in touch again after the resolution (contact %d, %s)"
                    .formatted(contact.contactCount(), contact.channel());
            default -> null;
        };
        return Optional.ofNullable(reason).map(why -> new ComplaintReopened(state.complaintId(), now, why, CUSTOMER,
                dues.acknowledgeBy(), dues.resolveBy()));
    }
}
