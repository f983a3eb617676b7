package io.redress.resolution.view;

import io.redress.core.sql.Table;
import io.redress.core.sql.Table.Type;
import io.redress.core.view.Outcome;
import io.redress.core.view.ReadModel;
import io.redress.events.ComplaintEvent;
import io.redress.events.ComplaintResolved;
import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Read model {@code fair-solutions} ({@code resolution_fair_solution}): what each customer said would be fair, as
 * the latest {@code ComplaintResolved} carries it, sealed with the customer's data key; opened when read, unreadable
 * once the key is destroyed. Reads only {@code ComplaintResolved}; one without the customer's words adds nothing.
 */
@Singleton
public class FairSolutions implements ReadModel {

    /** A customer's words on one complaint, sealed. */
    public record FairSolution(UUID complaintId, String customerId, String sealed) {
    }

    static final Table<UUID, FairSolution> TABLE = Table.<UUID, FairSolution>named("resolution_fair_solution",
                    FairSolutions::read)
            .key("complaint_id", Type.UUID, FairSolution::complaintId)
            .column("customer_id", Type.TEXT, FairSolution::customerId)
            .column("sealed", Type.TEXT, FairSolution::sealed)
            .build();

    private final Complaints complaints;

    public FairSolutions(Complaints complaints) {
        this.complaints = complaints;
    }

    @Override
    public String name() {
        return "fair-solutions";
    }

    /** 1: the table of migration V2026.12.02.5. */
    @Override
    public int version() {
        return 1;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE.name());
    }

    @Override
    public Set<Class<? extends ComplaintEvent>> reads() {
        return Set.of(ComplaintResolved.class);
    }

    /** Needs each complaint's customer: read from the complaints' rows (folded earlier in this transaction). */
    @Override
    public Uni<List<Outcome>> apply(SqlConnection tx, List<EventEnvelope> events) {
        Set<UUID> ids = new java.util.HashSet<>();
        events.stream().map(e -> (ComplaintResolved) e.event()).filter(r -> r.customerFairSolution() != null)
                .forEach(r -> ids.add(r.complaintId()));
        return complaints.load(tx, ids).chain(rows -> {
            List<FairSolution> said = new ArrayList<>();
            List<Outcome> outcomes = new ArrayList<>(events.size());
            for (EventEnvelope envelope : events) {
                ComplaintResolved resolved = (ComplaintResolved) envelope.event();
                var row = rows.get(resolved.complaintId());
                if (resolved.customerFairSolution() != null && row != null) {
                    said.add(new FairSolution(resolved.complaintId(), row.customerId(),
                            resolved.customerFairSolution()));
                }
                outcomes.add(Outcome.applied());
            }
            return TABLE.upsert(tx, said).replaceWith(outcomes);
        });
    }

    /** The sealed words of a complaint's customer, or null. */
    public static Uni<FairSolution> of(SqlClient client, UUID complaintId) {
        return TABLE.load(client, Set.of(complaintId)).map(found -> found.get(complaintId));
    }

    private static FairSolution read(Row row) {
        return new FairSolution(row.getUUID("complaint_id"), row.getString("customer_id"), row.getString("sealed"));
    }
}
