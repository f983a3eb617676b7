package io.redress.core.command;

import io.redress.core.consumer.RecentIds;
import io.redress.core.consumer.SeenEvents;
import io.redress.core.events.EventPublisher;
import io.redress.core.gate.ViewLock;
import io.redress.core.problem.Problem;
import io.redress.core.problem.ProblemException;
import io.redress.core.sql.Sql;
import io.redress.core.timer.TimerScheduler;
import io.redress.core.timer.Timers;
import io.redress.core.view.Outcome;
import io.redress.core.view.ReadModels;
import io.redress.events.ComplaintEvent;
import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The one way a command reaches the log, in one transaction: waits out a rebuild (the shared {@link ViewLock}, at
 * most {@code redress.commands.rebuild-wait}), locks the subject (racing commands are decided one after the other),
 * loads its state, decides, applies the accepted events to every read model through the same per-event functions
 * the live consumer uses (rows, timers, reactions: written through, so the next command sees them at once), records
 * them as seen (the live consumer skips them when they come back from the log), appends them with their reactions,
 * and commits once the broker has acknowledged them. A refusal is answered once, here, as problem+json.
 */
@ApplicationScoped
public class CommandPipeline {

    private static final Logger LOG = Logger.getLogger(CommandPipeline.class);

    private final Pool pool;
    private final ReadModels models;
    private final SeenEvents seen;
    private final EventPublisher publisher;
    private final TimerScheduler scheduler;
    private final String source;
    private final long rebuildWaitMillis;

    public CommandPipeline(Pool pool, ReadModels models, SeenEvents seen, EventPublisher publisher,
            TimerScheduler scheduler, @ConfigProperty(name = "redress.source") String source,
            @ConfigProperty(name = "redress.commands.rebuild-wait", defaultValue = "PT2S") Duration wait) {
        this.pool = pool;
        this.models = models;
        this.seen = seen;
        this.publisher = publisher;
        this.scheduler = scheduler;
        this.source = source;
        this.rebuildWaitMillis = wait.toMillis();
    }

    /**
     * Decides a command and, when accepted, appends its events.
     *
     * @param subject what the command is about, locked for the transaction (e.g. {@code complaint/<id>})
     * @param load    the state the command is decided on (null when unknown), read in the command's transaction
     * @param decide  the pure decision on that state
     * @return the state after the accepted events, as {@code load} reads it
     */
    public <S> Uni<S> handle(String subject, Function<SqlConnection, Uni<S>> load, Function<S, Decision> decide) {
        return pool.withTransaction(tx -> ViewLock.sharedWithin(tx, rebuildWaitMillis)
                .chain(() -> Sql.lock(tx, subject))
                .chain(() -> load.apply(tx))
                .chain(state -> switch (decide.apply(state)) {
                    case Decision.Refused refused -> Uni.createFrom().failure(problem(refused));
                    case Decision.Accepted accepted -> writeThrough(tx, envelopes(accepted.events()))
                            .chain(() -> load.apply(tx));
                }))
                .onFailure(CommandPipeline::rebuilding).transform(e -> new ProblemException(Problem.of(503,
                        "View being rebuilt", "This service is rebuilding its view; retry in a few seconds.")));
    }

    private Uni<Void> writeThrough(SqlConnection tx, List<EventEnvelope> events) {
        return models.apply(tx, events).chain(outcomes -> {
            List<EventEnvelope> appended = new ArrayList<>(events);
            for (int i = 0; i < outcomes.size(); i++) {
                Outcome outcome = outcomes.get(i);
                if (outcome.status() != Outcome.Status.APPLIED) {
                    throw new IllegalStateException("an accepted %s was not applied: %s".formatted(
                            events.get(i).metadata().type(), outcome.reason()));
                }
                appended.addAll(outcome.reactions());
            }
            return Timers.apply(tx, outcomes.stream().flatMap(o -> o.timers().stream()).toList())
                    .invoke(earliest -> earliest.ifPresent(scheduler::scheduled))
                    .chain(() -> seen.remember(tx, events, new RecentIds()))
                    .chain(() -> publisher.appendAll(appended))
                    .invoke(() -> events.forEach(e -> LOG.debugf("Command appended %s %s for %s",
                            e.metadata().type(), e.metadata().id(), e.key())));
        });
    }

    private List<EventEnvelope> envelopes(List<ComplaintEvent> events) {
        List<EventEnvelope> envelopes = new ArrayList<>(events.size());
        for (ComplaintEvent event : events) {
            envelopes.add(envelopes.isEmpty() ? EventEnvelope.first(event, source)
                    : EventEnvelope.causedBy(envelopes.getFirst().metadata(), event, source));
        }
        return envelopes;
    }

    private static ProblemException problem(Decision.Refused refused) {
        Problem problem = Problem.of(refused.refusal().status(), refused.refusal().title(), refused.detail())
                .withState(refused.state());
        if (refused.field() != null) {
            problem = problem.withErrors(List.of(new Problem.FieldError(refused.field(), refused.detail())));
        }
        return new ProblemException(problem);
    }

    /** The view lock was not had in time: a rebuild holds it. */
    private static boolean rebuilding(Throwable error) {
        return error instanceof PgException pg && "55P03".equals(pg.getSqlState());
    }
}
