package io.redress.resolution.view;

import io.redress.core.sql.Sql;
import io.redress.core.sql.Table;
import io.redress.core.sql.Table.Type;
import io.redress.core.view.EntryModel;
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
 * Read model {@code history} ({@code resolution_history}): every step of every complaint's life with its actor, one
 * row per event ({@link HistoryEntry#of}), read oldest first; a second copy of an event adds nothing.
 */
@Singleton
public class History extends EntryModel<HistoryEntry> {

    static final Table<UUID, HistoryEntry> TABLE = Table.<UUID, HistoryEntry>named("resolution_history",
                    History::read)
            .key("complaint_id", Type.UUID, HistoryEntry::complaintId)
            .key("event_id", Type.UUID, HistoryEntry::eventId)
            .column("occurred_at", Type.TIMESTAMP, HistoryEntry::occurredAt)
            .column("type", Type.TEXT, HistoryEntry::type)
            .column("actor", Type.TEXT, HistoryEntry::actor)
            .column("detail", Type.TEXT, HistoryEntry::detail)
            .build();

    public History() {
        super(TABLE);
    }

    @Override
    public String name() {
        return "history";
    }

    /** 1: the table of migration V2026.12.02.4. */
    @Override
    public int version() {
        return 1;
    }

    @Override
    public Set<Class<? extends ComplaintEvent>> reads() {
        return HistoryEntry.SHOWN;
    }

    @Override
    protected HistoryEntry entryOf(EventEnvelope envelope) {
        return HistoryEntry.of(envelope);
    }

    /** A complaint's history, oldest first (steps at the same instant in the order of their ids). */
    public static Uni<List<HistoryEntry>> of(SqlClient client, UUID complaintId) {
        return Sql.query(client, """
                select * from resolution_history where complaint_id = $1 order by occurred_at, event_id""",
                complaintId).map(rows -> {
                    List<HistoryEntry> entries = new ArrayList<>();
                    rows.forEach(row -> entries.add(read(row)));
                    return entries;
                });
    }

    private static HistoryEntry read(Row row) {
        return new HistoryEntry(row.getUUID("complaint_id"), row.getUUID("event_id"), Sql.instant(row, "occurred_at"),
                row.getString("type"), row.getString("actor"), row.getString("detail"));
    }
}
