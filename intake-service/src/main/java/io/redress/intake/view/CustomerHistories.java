package io.redress.intake.view;

import io.redress.core.view.Outcome;
import io.redress.core.view.ReadModel;
import io.redress.events.ComplaintEvent;
import io.redress.events.ComplaintFiled;
import io.redress.events.EventEnvelope;
import io.redress.intake.history.CustomerFiling;
import io.redress.intake.history.CustomerHistory;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Read model {@code customer-history} ({@code intake_customer_filing}): adds to the customers' filing histories the
 * complaints filed by another writer of the log; filings through this service's REST API are recorded there when
 * they are decided ({@link CustomerHistory}).
 */
@Singleton
public class CustomerHistories implements ReadModel {

    /** A filing this history holds already: decided here, or a second copy of its event. */
    static final String KNOWN = "filing already in the customer's history";

    @Override
    public String name() {
        return "customer-history";
    }

    /** 1: the table of migration V2026.11.23.2, completed from every ComplaintFiled. */
    @Override
    public int version() {
        return 1;
    }

    /**
     * None: the history is decided when a filing is accepted, before its event is on the log, so the log cannot
     * rebuild it; a replay only adds the filings it misses.
     */
    @Override
    public List<String> tables() {
        return List.of();
    }

    @Override
    public Set<Class<? extends ComplaintEvent>> reads() {
        return Set.of(ComplaintFiled.class);
    }

    @Override
    public Uni<List<Outcome>> apply(SqlConnection tx, List<EventEnvelope> events) {
        List<CustomerFiling> filings = events.stream().map(e -> CustomerFiling.of((ComplaintFiled) e.event()))
                .toList();
        Map<UUID, CustomerFiling> distinct = new LinkedHashMap<>();
        filings.forEach(filing -> distinct.putIfAbsent(filing.complaintId(), filing));
        return CustomerHistory.addNew(tx, distinct.values()).map(added -> outcomes(filings, added));
    }

    /** Applied for the first copy of a filing this batch added, ignored for one the history held already. */
    static List<Outcome> outcomes(List<CustomerFiling> filings, Set<UUID> added) {
        Set<UUID> pending = new HashSet<>(added);
        return filings.stream().map(filing -> pending.remove(filing.complaintId()) ? Outcome.applied()
                : Outcome.ignored(KNOWN)).toList();
    }
}
