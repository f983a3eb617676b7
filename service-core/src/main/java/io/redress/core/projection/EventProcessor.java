package io.redress.core.projection;

import io.micrometer.core.instrument.MeterRegistry;
import io.redress.core.events.EventPublisher;
import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Applies an event to the view at most once: skips one already recorded in {@code processed_event}, otherwise lets
 * the {@link Projection} apply it and records it, all inside the caller's transaction.
 */
@ApplicationScoped
public class EventProcessor {

    private static final Logger LOG = Logger.getLogger(EventProcessor.class);

    private final Projection projection;
    private final EventPublisher publisher;
    private final MeterRegistry registry;

    public EventProcessor(Projection projection, EventPublisher publisher, MeterRegistry registry) {
        this.projection = projection;
        this.publisher = publisher;
        this.registry = registry;
    }

    /**
     * Must run inside an open transaction. In {@link Mode#LIVE} the reactions are appended to the log before the
     * transaction commits: a crash in between redelivers the event, and the reaction is sent again with the same
     * deterministic id, which consumers skip.
     *
     * @return the outcome, or empty when the event had been processed before
     */
    public Uni<Optional<Outcome>> applyOnce(EventEnvelope envelope, LogPosition position, Mode mode) {
        return ProcessedEvent.<ProcessedEvent>findById(envelope.metadata().id()).chain(seen -> {
            if (seen != null) {
                count(envelope, "duplicate");
                LOG.debugf("Skipped %s %s for %s: already processed", envelope.metadata().type(),
                        envelope.metadata().id(), envelope.key());
                return Uni.createFrom().item(Optional.<Outcome>empty());
            }
            return projection.apply(envelope)
                    .call(outcome -> record(envelope, position, outcome))
                    .call(outcome -> mode == Mode.LIVE
                            ? publisher.appendAll(outcome.reactions())
                            : Uni.createFrom().voidItem())
                    .invoke(outcome -> report(envelope, outcome))
                    .map(Optional::of);
        });
    }

    private Uni<ProcessedEvent> record(EventEnvelope envelope, LogPosition position, Outcome outcome) {
        ProcessedEvent row = new ProcessedEvent();
        row.eventId = envelope.metadata().id();
        row.eventType = envelope.metadata().type();
        row.subject = envelope.key();
        row.partition = position == null ? null : position.partition();
        row.offset = position == null ? null : position.offset();
        row.outcome = outcome.status();
        row.reason = outcome.reason() == null ? null : abbreviate(outcome.reason());
        return row.persist();
    }

    private void report(EventEnvelope envelope, Outcome outcome) {
        count(envelope, outcome.status().name().toLowerCase());
        if (outcome.status() == Outcome.Status.IGNORED) {
            LOG.infof("Ignored %s %s for %s: %s", envelope.metadata().type(), envelope.metadata().id(),
                    envelope.key(), outcome.reason());
        } else {
            LOG.debugf("Applied %s %s for %s", envelope.metadata().type(), envelope.metadata().id(), envelope.key());
        }
    }

    private void count(EventEnvelope envelope, String outcome) {
        registry.counter("redress.events.consumed", "type", envelope.metadata().type(), "outcome", outcome)
                .increment();
    }

    private static String abbreviate(String reason) {
        return reason.length() <= 500 ? reason : reason.substring(0, 497) + "...";
    }
}
