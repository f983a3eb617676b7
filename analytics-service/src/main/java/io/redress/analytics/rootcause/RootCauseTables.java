package io.redress.analytics.rootcause;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redress.core.sql.Sql;
import io.redress.core.sql.Table;
import io.redress.core.sql.Table.Type;
import io.vertx.mutiny.sqlclient.Row;
import java.util.List;
import java.util.UUID;

/**
 * The {@code analytics_root_cause} and {@code analytics_root_cause_complaint} tables, the stored forms of
 * {@link RootCause} and {@link RootCauseLink}; the whys are kept as a JSON array of strings.
 */
public final class RootCauseTables {

    /** The columns of {@code analytics_root_cause}, in the order {@link #cause} reads them. */
    public static final String CAUSE_COLUMNS = "root_cause_id, title, category, component, whys, corrective_action, "
            + "identified_at, corrected_at";

    private static final ObjectMapper JSON = new ObjectMapper();

    static final Table<UUID, RootCause> CAUSES = Table.<UUID, RootCause>named("analytics_root_cause",
                    RootCauseTables::cause)
            .key("root_cause_id", Type.UUID, RootCause::rootCauseId)
            .column("title", Type.TEXT, RootCause::title)
            .column("category", Type.TEXT, RootCause::category)
            .column("component", Type.TEXT, RootCause::component)
            .column("whys", Type.TEXT, cause -> json(cause.whys()))
            .column("corrective_action", Type.TEXT, RootCause::correctiveAction)
            .column("identified_at", Type.TIMESTAMP, RootCause::identifiedAt)
            .column("corrected_at", Type.TIMESTAMP, RootCause::correctedAt)
            .build();

    static final Table<UUID, RootCauseLink> LINKS = Table.<UUID, RootCauseLink>named(
                    "analytics_root_cause_complaint", RootCauseTables::link)
            .key("root_cause_id", Type.UUID, RootCauseLink::rootCauseId)
            .key("complaint_id", Type.UUID, RootCauseLink::complaintId)
            .column("identified_at", Type.TIMESTAMP, RootCauseLink::identifiedAt)
            .build();

    private RootCauseTables() {
    }

    static RootCause cause(Row row) {
        return new RootCause(row.getUUID("root_cause_id"), row.getString("title"), row.getString("category"),
                row.getString("component"), whys(row.getString("whys")), row.getString("corrective_action"),
                Sql.instant(row, "identified_at"), Sql.instant(row, "corrected_at"));
    }

    private static RootCauseLink link(Row row) {
        return new RootCauseLink(row.getUUID("root_cause_id"), row.getUUID("complaint_id"),
                Sql.instant(row, "identified_at"));
    }

    private static String json(List<String> whys) {
        try {
            return JSON.writeValueAsString(whys);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings is always JSON", e);
        }
    }

    private static List<String> whys(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("analytics_root_cause.whys holds a JSON array of strings", e);
        }
    }
}
