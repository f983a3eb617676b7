package io.redress.followup.satisfaction;

import io.redress.core.command.Decision;
import io.redress.events.SatisfactionRecorded;
import io.redress.followup.tracking.FollowUpCase;
import io.redress.followup.tracking.FollowUpStage;
import java.time.Instant;

/**
 * Whether a survey answer is taken, pure: only for a resolved complaint, once per resolution. A score of 2 or less
 * reopens the complaint (resolution reacts to the event) while the reopenings allowed are not used up; after them
 * it closes the complaint {@code DISSATISFIED} (the case's planner decides the closing).
 */
public final class SatisfactionDecider {

    private SatisfactionDecider() {
    }

    /**
     * @param state         follow-up's case of the complaint, null when it does not know it
     * @param sealedComment the answer's comment as it goes on the log (encrypted), or null
     * @param maxReopens    reopenings after which a low score closes instead of reopening
     */
    public static Decision decide(FollowUpCase state, Answer answer, String sealedComment, Instant now,
            int maxReopens) {
        if (state == null) {
            return Decision.notFound("No complaint with this id in follow-up's view (yet)");
        }
        if (state.stage() == FollowUpStage.CLOSED) {
            return Decision.conflict("complaint %s is CLOSED; a closed complaint takes no more follow-ups"
                    .formatted(state.complaintId()), state.stage());
        }
        if (state.stage() != FollowUpStage.RESOLVED) {
            return Decision.conflict("complaint %s is %s; satisfaction is asked about a resolution"
                    .formatted(state.complaintId(), state.stage()), state.stage());
        }
        if (state.complaint().answer() != null) {
            return Decision.conflict("the customer already answered for this resolution (score %d at %s)"
                    .formatted(state.complaint().answer().score(), state.complaint().answer().recordedAt()),
                    state.stage());
        }
        boolean reopen = answer.score() <= SatisfactionRecorded.UNHAPPY
                && state.complaint().reopenCount() < maxReopens;
        return Decision.accept(new SatisfactionRecorded(state.complaintId(), now, answer.score(),
                answer.ownershipTaken(), answer.feltValued(), answer.resolvedQuickly(), answer.regretExpressed(),
                sealedComment, reopen));
    }
}
