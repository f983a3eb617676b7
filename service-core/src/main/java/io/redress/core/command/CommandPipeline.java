package io.redress.core.command;

import io.redress.core.consumer.BatchProcessor.Scope;
import io.redress.core.consumer.RecentIds;
import io.redress.core.consumer.WriteThrough;
import io.redress.core.events.EventPublisher;
import io.redress.core.gate.ViewLock;
import io.redress.core.problem.Problem;
import io.redress.core.problem.ProblemException;
import io.redress.core.sql.Sql;
import io.redress.core.view.Outcome;
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
 * loads its state, decides, writes the accepted events and their reactions through to every read model
 * ({@link WriteThrough}: the same per-event functions the live consumer uses, so the next command sees them at once,
 * and the live consumer skips them when they come back from the log), appends them, and commits once the broker has
 * acknowledged them. A refusal is answered once, here, as problem+json.
 */
@ApplicationScoped
public class CommandPipeline {

    private static final Logger LOG = Logger.getLogger(CommandPipeline.class);

    private final Pool pool;
    private final WriteThrough writeThrough;
    private final EventPublisher publisher;
    private final String source;
    private final long rebuildWaitMillis;

    public CommandPipeline(Pool pool, WriteThrough writeThrough, EventPublisher publisher,
            @ConfigProperty(name = "redress.source") String source,
            @ConfigProperty(name = "redress.commands.rebuild-wait", defaultValue = "PT2S") Duration wait) {
        this.pool = pool;
        this.writeThrough = writeThrough;
        this.publisher = publisher;
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
        return locked(subject, tx -> load.apply(tx).chain(state -> switch (decide.apply(state)) {
            case Decision.Refused refused -> Uni.createFrom().failure(problem(refused));
            case Decision.Accepted accepted -> writeThrough(tx, envelopes(accepted.events()))
                    .chain(() -> load.apply(tx));
        }));
    }

    /**
     * Runs work that is not a decision on one subject's state (a roster change that lets queued complaints be
     * assigned) under the same rules: the rebuild wait, the subject's lock, one transaction; the events it returns are
     * written through with their reactions and appended before the commit.
     *
     * @return what {@code work} answered, once its events are on the log
     */
    public <R> Uni<R> run(String subject, Function<SqlConnection, Uni<Work<R>>> work) {
        return locked(subject, tx -> work.apply(tx)
                .call(done -> done.events().isEmpty() ? Uni.createFrom().voidItem()
                        : writeThrough(tx, done.events().stream().map(e -> EventEnvelope.first(e, source)).toList()))
                .map(Work::answer));
    }

    /**
     * One transaction for a command: after the rebuild wait (a 503 when a rebuild holds the view longer) and under
     * the subject's lock.
     */
    private <T> Uni<T> locked(String subject, Function<SqlConnection, Uni<T>> work) {
        return pool.withTransaction(tx -> ViewLock.sharedWithin(tx, rebuildWaitMillis)
                        .chain(() -> Sql.lock(tx, subject))
                        .chain(() -> work.apply(tx)))
                .onFailure(CommandPipeline::rebuilding).transform(e -> new ProblemException(Problem.of(503,
                        "View being rebuilt", "This service is rebuilding its view; retry in a few seconds.")));
    }

    /** What a {@link #run} did: the answer to give and the events to append (each a cause of its own). */
    public record Work<R>(R answer, List<ComplaintEvent> events) {
    }

    private Uni<Void> writeThrough(SqlConnection tx, List<EventEnvelope> events) {
        return writeThrough.apply(tx, events, Scope.ALL, new RecentIds()).chain(written -> {
            for (int i = 0; i < written.outcomes().size(); i++) {
                Outcome outcome = written.outcomes().get(i);
                if (outcome.status() != Outcome.Status.APPLIED) {
                    throw new IllegalStateException("an accepted %s was not applied: %s".formatted(
                            events.get(i).metadata().type(), outcome.reason()));
                }
            }
            List<EventEnvelope> appended = new ArrayList<>(events);
            appended.addAll(written.reactions());
            return publisher.appendAll(appended)
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
            problem = problem.withErrors(List.of(new Problem.FieldError(refused.field(), refused.detail(),
                    "/" + refused.field().replace('.', '/'))));
        }
        return new ProblemException(problem);
    }

    /** The view lock was not had in time: a rebuild holds it. */
    private static boolean rebuilding(Throwable error) {
        return error instanceof PgException pg && "55P03".equals(pg.getSqlState());
    }
}
