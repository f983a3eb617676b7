package io.redress.intake.view;

import io.redress.core.sql.Sql;
import io.redress.events.ComplaintFiled;
import io.redress.events.CustomerDataErased;
import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Erasure in intake's view ({@code intake_erased_customer}, and the personal fields of {@code intake_complaint}).
 * {@code CustomerDataErased} is keyed by customer and a complaint by its id, so the two reach the view in either
 * order. The view therefore keeps the erasures and, after each batch's rows are folded, clears the personal fields
 * of every complaint of the batch's customers that was filed up to its customer's erasure: the result depends on
 * which events were applied, not on their order.
 */
final class Erasures {

    static final String TABLE = "intake_erased_customer";

    private Erasures() {
    }

    /** Runs in the batch's transaction, after the batch's rows were folded: one statement per table. */
    static Uni<Void> apply(SqlConnection tx, List<EventEnvelope> events) {
        Set<String> customers = customersOf(events);
        if (customers.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return record(tx, latest(events)).chain(() -> Sql.execute(tx, """
                update intake_complaint c set customer_name = null, description = null, erased = true
                from intake_erased_customer e
                where c.customer_id = e.customer_id and c.filed_at <= e.erased_at and not c.erased
                  and c.customer_id = any($1::text[])""", (Object) customers.toArray(String[]::new)));
    }

    /** The customers whose complaints the batch may have to erase: those it files for, and those it erases. */
    static Set<String> customersOf(List<EventEnvelope> events) {
        Set<String> customers = new LinkedHashSet<>();
        for (EventEnvelope envelope : events) {
            switch (envelope.event()) {
                case CustomerDataErased erased -> customers.add(erased.customerId());
                case ComplaintFiled filed -> customers.add(filed.customerId());
                default -> {
                }
            }
        }
        return customers;
    }

    /**
     * The latest erasure per customer in the batch: a second request covers what was filed between the two, and one
     * statement may write each customer's row only once.
     */
    static Map<String, Instant> latest(List<EventEnvelope> events) {
        Map<String, Instant> latest = new LinkedHashMap<>();
        for (EventEnvelope envelope : events) {
            if (envelope.event() instanceof CustomerDataErased erased) {
                latest.merge(erased.customerId(), erased.occurredAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return latest;
    }

    /** Keeps the latest request per customer, also against the one already stored. */
    private static Uni<Void> record(SqlConnection tx, Map<String, Instant> erasures) {
        if (erasures.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Sql.execute(tx, """
                insert into intake_erased_customer (customer_id, erased_at)
                select * from unnest($1::text[], $2::timestamptz[])
                on conflict (customer_id) do update
                  set erased_at = greatest(intake_erased_customer.erased_at, excluded.erased_at)""",
                erasures.keySet().toArray(String[]::new),
                erasures.values().stream().map(Sql::time).toArray(OffsetDateTime[]::new));
    }
}
