package io.redress.analytics.facts;

import io.redress.core.view.RowModel;
import io.redress.core.view.Step;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintEvent;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.EventEnvelope;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.UUID;

/**
 * Read model {@code complaint-facts} ({@code analytics_complaint}): when each complaint arrived, through which
 * channel, and when it first got an owner, folded with {@link FactFold#evolve}.
 */
@Singleton
public class ComplaintFacts extends RowModel<UUID, ComplaintFact> {

    public ComplaintFacts() {
        super(ComplaintFactRows.TABLE);
    }

    @Override
    public String name() {
        return "complaint-facts";
    }

    /** 1: the table of migration V2026.11.23.2. */
    @Override
    public int version() {
        return 1;
    }

    @Override
    public Set<Class<? extends ComplaintEvent>> reads() {
        return Set.of(ComplaintFiled.class, ComplaintAssigned.class);
    }

    @Override
    protected UUID keyOf(EventEnvelope envelope) {
        return ((ComplaintLifecycleEvent) envelope.event()).complaintId();
    }

    @Override
    protected Step<ComplaintFact> step(ComplaintFact fact, EventEnvelope envelope) {
        return FactFold.evolve(fact, (ComplaintLifecycleEvent) envelope.event()).step();
    }
}
