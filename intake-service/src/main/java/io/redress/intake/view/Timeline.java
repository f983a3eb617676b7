package io.redress.intake.view;

import io.redress.core.sql.Sql;
import io.redress.core.sql.Table;
import io.redress.core.sql.Table.Type;
import io.redress.core.view.EntryModel;
import io.redress.events.Channel;
import io.redress.events.ComplaintEvent;
import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Read model {@code timeline} ({@code intake_timeline}): every step of every complaint's life across services and
 * channels, one row per event ({@link TimelineEntry#of}), read oldest first. Reads every event about a complaint;
 * a second copy of an event adds nothing (the row is keyed by complaint and event id).
 */
@Singleton
public class Timeline extends EntryModel<TimelineEntry> {

    static final Table<UUID, TimelineEntry> TABLE = Table.<UUID, TimelineEntry>named("intake_timeline",
                    Timeline::read)
            .key("complaint_id", Type.UUID, TimelineEntry::complaintId)
            .key("event_id", Type.UUID, TimelineEntry::eventId)
            .column("occurred_at", Type.TIMESTAMP, TimelineEntry::occurredAt)
            .column("type", Type.TEXT, TimelineEntry::type)
            .column("channel", Type.TEXT, TimelineEntry::channel)
            .column("actor", Type.TEXT, TimelineEntry::actor)
            .column("detail", Type.TEXT, TimelineEntry::detail)
            .column("note", Type.TEXT, TimelineEntry::note)
            .build();

    public Timeline() {
        super(TABLE);
    }

    @Override
    public String name() {
        return "timeline";
    }

    /** 1: the table of migration V2026.12.02.3. */
    @Override
    public int version() {
        return 1;
    }

    @Override
    public Set<Class<? extends ComplaintEvent>> reads() {
        return TimelineEntry.SHOWN;
    }

    @Override
    protected TimelineEntry entryOf(EventEnvelope envelope) {
        return TimelineEntry.of(envelope);
    }

    /** A complaint's timeline, oldest first (events at the same instant in the order of their ids). */
    public static Uni<List<TimelineEntry>> of(SqlClient client, UUID complaintId) {
        return Sql.query(client, """
                        select * from intake_timeline where complaint_id = $1 order by occurred_at, event_id""",
                complaintId).map(rows -> {
                    List<TimelineEntry> entries = new ArrayList<>();
                    rows.forEach(row -> entries.add(read(row)));
                    return entries;
                });
    }

    private static TimelineEntry read(Row row) {
        String channel = row.getString("channel");
        return new TimelineEntry(row.getUUID("complaint_id"), row.getUUID("event_id"),
                Sql.instant(row, "occurred_at"), row.getString("type"), channel == null ? null : Channel.valueOf(channel),
                row.getString("actor"), row.getString("detail"), row.getString("note"));
    }
}
