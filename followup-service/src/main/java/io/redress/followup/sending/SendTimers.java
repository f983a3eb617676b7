package io.redress.followup.sending;

import io.redress.core.timer.DueTimer;
import io.redress.core.timer.TimerHandler;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.ComplaintNotification;
import io.redress.events.EventEnvelope;
import io.redress.events.EventMetadata;
import io.redress.followup.policy.FollowUpPolicy;
import io.redress.followup.tracking.Cases;
import io.redress.followup.tracking.Slot;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fires follow-up's timers (one per {@link Slot}) with {@link Sending}, on the cases as they stand (their rows locked:
 * a reopening being applied meanwhile waits, or is seen): publishes the notifications first, then returns the
 * events, each a reaction to what set the timer qualified by its name. A crash between the two sends the same
 * notification (same id) and the same event (same id, skipped by every consumer) again.
 */
@ApplicationScoped
public class SendTimers implements TimerHandler {

    private static final Set<String> NAMES = Arrays.stream(Slot.values()).map(Slot::timer)
            .collect(Collectors.toUnmodifiableSet());

    private final Cases cases;
    private final Notifications notifications;
    private final FollowUpPolicy policy;
    private final String source;

    public SendTimers(Cases cases, Notifications notifications, FollowUpPolicy policy,
            @ConfigProperty(name = "redress.source") String source) {
        this.cases = cases;
        this.notifications = notifications;
        this.policy = policy;
        this.source = source;
    }

    @Override
    public Set<String> names() {
        return NAMES;
    }

    @Override
    public Uni<List<EventEnvelope>> fire(SqlConnection tx, List<DueTimer> timers, Instant now) {
        Set<UUID> ids = new HashSet<>();
        timers.forEach(timer -> ids.add(UUID.fromString(timer.subject())));
        return cases.loadForUpdate(tx, ids).chain(found -> {
            List<EventEnvelope> events = new ArrayList<>();
            List<ComplaintNotification> sent = new ArrayList<>();
            for (DueTimer timer : timers) {
                Sending.Fired fired = Sending.fire(Slot.ofTimer(timer.name()),
                        found.get(UUID.fromString(timer.subject())), now, policy);
                for (ComplaintLifecycleEvent event : fired.events()) {
                    events.add(new EventEnvelope(EventMetadata.reactionTo(timer.cause(), event, source,
                            timer.name()), event));
                }
                sent.addAll(fired.notifications());
            }
            return notifications.publish(sent).replaceWith(events);
        });
    }
}
