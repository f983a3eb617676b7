package io.redress.analytics.facts;

import io.redress.core.sql.Sql;
import io.redress.core.sql.Table;
import io.redress.core.sql.Table.Type;
import io.redress.core.view.EntryModel;
import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintClosed;
import io.redress.events.ComplaintEscalated;
import io.redress.events.ComplaintEvent;
import io.redress.events.ComplaintReopened;
import io.redress.events.ComplaintResolved;
import io.redress.events.ContactLogged;
import io.redress.events.EventEnvelope;
import io.redress.events.SatisfactionRecorded;
import io.redress.events.SlaBreached;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.UUID;

/**
 * Read model {@code occurrences} ({@code analytics_occurrence}): one {@link Occurrence} per step of a complaint's
 * life after its filing, at its event time; a second copy of an event adds nothing. The figures "as of" a moment
 * count the rows up to it.
 */
@Singleton
public class Occurrences extends EntryModel<Occurrence> {

    static final Table<UUID, Occurrence> TABLE = Table.<UUID, Occurrence>named("analytics_occurrence",
                    Occurrences::read)
            .key("complaint_id", Type.UUID, Occurrence::complaintId)
            .key("event_id", Type.UUID, Occurrence::eventId)
            .column("kind", Type.TEXT, Occurrence::kind)
            .column("at", Type.TIMESTAMP, Occurrence::at)
            .column("actor", Type.TEXT, Occurrence::actor)
            .column("value", Type.INT, Occurrence::value)
            .column("detail", Type.TEXT, Occurrence::detail)
            .column("flags", Type.INT, Occurrence::flags)
            .build();

    public Occurrences() {
        super(TABLE);
    }

    @Override
    public String name() {
        return "occurrences";
    }

    /** 1: the table of migration V2026.12.02.8. */
    @Override
    public int version() {
        return 1;
    }

    @Override
    public Set<Class<? extends ComplaintEvent>> reads() {
        return Set.of(ComplaintAssigned.class, ComplaintAcknowledged.class, ContactLogged.class, SlaBreached.class,
                ComplaintEscalated.class, ComplaintResolved.class, ComplaintReopened.class, SatisfactionRecorded.class,
                ComplaintClosed.class);
    }

    @Override
    protected Occurrence entryOf(EventEnvelope envelope) {
        return Occurrence.of(envelope);
    }

    private static Occurrence read(Row row) {
        return new Occurrence(row.getUUID("complaint_id"), row.getUUID("event_id"),
                Occurrence.Kind.valueOf(row.getString("kind")), Sql.instant(row, "at"), row.getString("actor"),
                row.getInteger("value"), row.getString("detail"), row.getInteger("flags"));
    }
}
