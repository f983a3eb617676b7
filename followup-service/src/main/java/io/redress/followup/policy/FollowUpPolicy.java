package io.redress.followup.policy;

import io.redress.events.Channel;
import io.redress.events.Severity;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * When follow-ups go out and when a complaint closes, as configured ({@code redress.followup.*}, read by
 * {@link PolicyConfig}); pure, so the rules can be tested without Quarkus.
 *
 * @param checkInAfter        per severity, how long after a resolution the customer is asked whether all is well
 * @param surveyResendAfter   how long an unanswered survey waits before it is sent again
 * @param surveyMaxResends    how often an unanswered survey is sent again (0: once only)
 * @param noResponseAfter     how long after the last survey an unanswered complaint closes {@code NO_RESPONSE}
 * @param maxReopens          how many reopenings a complaint may have had for a low score to reopen it again; after
 *                            that a low score closes it {@code DISSATISFIED}
 * @param ownerReminderBefore how long before an SLA due time its owner is reminded
 * @param delayNoticeBefore   how long before the promised resolution time the customer hears it may slip
 * @param channels            the channel to write to the customer on, per channel they complained on (unmapped: the
 *                            same)
 * @param staffChannel        the channel owners' reminders go on
 */
public record FollowUpPolicy(
        Map<Severity, Duration> checkInAfter,
        Duration surveyResendAfter,
        int surveyMaxResends,
        Duration noResponseAfter,
        int maxReopens,
        Duration ownerReminderBefore,
        Duration delayNoticeBefore,
        Map<Channel, Channel> channels,
        Channel staffChannel) {

    public FollowUpPolicy {
        checkInAfter = Map.copyOf(checkInAfter);
        channels = Map.copyOf(channels);
        for (Severity severity : Severity.values()) {
            if (!checkInAfter.containsKey(severity)) {
                throw new IllegalArgumentException("no check-in delay for severity " + severity);
            }
        }
    }

    /** The defaults of the configuration: a check-in 3 days after, two re-sends 3 days apart, close after 14 days. */
    public static FollowUpPolicy defaults() {
        Map<Severity, Duration> checkIn = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            checkIn.put(severity, Duration.ofDays(3));
        }
        return new FollowUpPolicy(checkIn, Duration.ofDays(3), 2, Duration.ofDays(14), 2, Duration.ofHours(1),
                Duration.ofHours(2), Map.of(Channel.IN_STORE, Channel.EMAIL), Channel.EMAIL);
    }

    public Duration checkInAfter(Severity severity) {
        return checkInAfter.get(severity);
    }

    /** The channel to write to a customer who complained on {@code original}. */
    public Channel customerChannel(Channel original) {
        return channels.getOrDefault(original, original);
    }
}
