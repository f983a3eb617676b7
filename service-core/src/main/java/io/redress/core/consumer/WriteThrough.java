package io.redress.core.consumer;

import io.redress.core.consumer.BatchProcessor.Scope;
import io.redress.core.timer.FiredWrites;
import io.redress.core.timer.TimerScheduler;
import io.redress.core.timer.Timers;
import io.redress.core.view.Outcome;
import io.redress.core.view.ReadModels;
import io.redress.core.view.Reactors;
import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Applies the events this service emits itself (a command's, a reaction's) to its read models in the caller's
 * transaction, the same way the live consumer applies the log, and records them as {@link SeenEvents seen} (the
 * consumer skips them when they come back); then asks the read models' outcomes and the {@link Reactors} for the
 * reactions, and writes those through in turn. So the next batch or command sees a reaction's effect at once (an
 * assignment counts in its owner's load before the reaction is back from the log).
 */
@ApplicationScoped
public class WriteThrough implements FiredWrites {

    /** Reactions to reactions, and so on: deeper than this is a loop. */
    private static final int MAX_DEPTH = 4;
    private static final Logger LOG = Logger.getLogger(WriteThrough.class);

    private final ReadModels models;
    private final Reactors reactors;
    private final SeenEvents seen;
    private final TimerScheduler scheduler;

    public WriteThrough(ReadModels models, Reactors reactors, SeenEvents seen, TimerScheduler scheduler) {
        this.models = models;
        this.reactors = reactors;
        this.seen = seen;
        this.scheduler = scheduler;
    }

    /** What writing events through did: their outcomes, in order, and every reaction to append after them. */
    public record Written(List<Outcome> outcomes, List<EventEnvelope> reactions) {
    }

    /** Applies events of this service's own, with their reactions. */
    public Uni<Written> apply(SqlConnection tx, List<EventEnvelope> events, Scope scope, RecentIds memory) {
        return apply(tx, events, scope, memory, 0);
    }

    /** Due timers' events: applied like a command's (every read model, timers, seen), their reactions returned. */
    @Override
    public Uni<List<EventEnvelope>> writeFired(SqlConnection tx, List<EventEnvelope> fired) {
        return apply(tx, fired, Scope.ALL, new RecentIds()).map(Written::reactions);
    }

    /** The reactions to events already applied with these outcomes (live ones), written through: all to append. */
    public Uni<List<EventEnvelope>> react(SqlConnection tx, List<EventEnvelope> events, List<Outcome> outcomes,
            Scope scope, RecentIds memory) {
        return react(tx, events, outcomes, scope, memory, 0);
    }

    private Uni<Written> apply(SqlConnection tx, List<EventEnvelope> events, Scope scope, RecentIds memory,
            int depth) {
        return models.apply(tx, events, scope.models())
                .call(outcomes -> timers(tx, outcomes, scope))
                .call(() -> seen.remember(tx, events, memory))
                .chain(outcomes -> react(tx, events, outcomes, scope, memory, depth)
                        .map(reactions -> new Written(outcomes, reactions)));
    }

    private Uni<List<EventEnvelope>> react(SqlConnection tx, List<EventEnvelope> events, List<Outcome> outcomes,
            Scope scope, RecentIds memory, int depth) {
        List<EventEnvelope> reactions = new ArrayList<>();
        List<EventEnvelope> applied = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            reactions.addAll(outcomes.get(i).reactions());
            if (outcomes.get(i).status() != Outcome.Status.IGNORED) {
                applied.add(events.get(i));
            }
        }
        return reactors.react(tx, applied).chain(decided -> {
            reactions.addAll(decided);
            if (reactions.isEmpty()) {
                return Uni.createFrom().item(List.<EventEnvelope>of());
            }
            if (depth == MAX_DEPTH) {
                return Uni.createFrom().failure(new IllegalStateException("reactions %d deep, a loop: %s".formatted(
                        depth, reactions.stream().map(r -> r.metadata().type()).toList())));
            }
            reactions.forEach(r -> LOG.debugf("Reaction %s %s for %s", r.metadata().type(), r.metadata().id(),
                    r.key()));
            return apply(tx, reactions, scope, memory, depth + 1).map(written -> {
                List<EventEnvelope> all = new ArrayList<>(reactions);
                all.addAll(written.reactions());
                return all;
            });
        });
    }

    /** Sets and cancels the outcomes' timers, unless the scope leaves timers alone (a partial rebuild). */
    Uni<Void> timers(SqlConnection tx, List<Outcome> outcomes, Scope scope) {
        if (!scope.timers()) {
            return Uni.createFrom().voidItem();
        }
        return Timers.apply(tx, outcomes.stream().flatMap(o -> o.timers().stream()).toList())
                .invoke((Optional<Instant> earliest) -> earliest.ifPresent(due -> wakeAfterCommit(tx, due)))
                .replaceWithVoid();
    }

    /**
     * Wakes the scheduler for a timer this transaction set, once it is committed: woken before, its round would not
     * see the timer and would sleep past it (a survey due at once would wait for the next round).
     */
    private void wakeAfterCommit(SqlConnection tx, Instant due) {
        Transaction transaction = tx.transaction();
        if (transaction == null) {
            scheduler.scheduled(due);
            return;
        }
        transaction.completion().subscribe().with(committed -> scheduler.scheduled(due), rolledBack -> {
        });
    }
}
