package io.redress.followup.tracking;

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
 * Read model {@code complaints} ({@code followup_complaint}): each complaint's stage and owner, folded with
 * {@link FollowUpTrail#evolve}.
 */
@Singleton
public class TrackedComplaints extends RowModel<UUID, TrackedComplaint> {

    public TrackedComplaints() {
        super(TrackedComplaintRows.TABLE);
    }

    @Override
    public String name() {
        return "complaints";
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
    protected Step<TrackedComplaint> step(TrackedComplaint state, EventEnvelope envelope) {
        return FollowUpTrail.evolve(state, (ComplaintLifecycleEvent) envelope.event()).step();
    }
}
