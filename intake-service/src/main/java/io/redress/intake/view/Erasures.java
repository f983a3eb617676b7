package io.redress.intake.view;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.redress.core.projection.NativeStatements;
import io.redress.events.ComplaintFiled;
import io.redress.events.CustomerDataErased;
import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Erasure in intake's view. {@code CustomerDataErased} is keyed by customer and a complaint by its id, so the two
 * reach the view in either order. The view therefore keeps the erasures ({@link ErasedCustomer}) and, after each
 * batch, clears the personal fields of every complaint of the batch's customers that was filed up to its customer's
 * erasure: the result depends on which events were applied, not on their order.
 */
final class Erasures {

    private Erasures() {
    }

    /** Runs in the batch's transaction, after the batch's rows were folded. */
    static Uni<Void> apply(List<EventEnvelope> events) {
        Set<String> customers = new LinkedHashSet<>();
        Uni<Void> recorded = Uni.createFrom().voidItem();
        for (EventEnvelope envelope : events) {
            if (envelope.event() instanceof CustomerDataErased erased) {
                customers.add(erased.customerId());
                recorded = recorded.chain(() -> record(erased));
            } else if (envelope.event() instanceof ComplaintFiled filed) {
                customers.add(filed.customerId());
            }
        }
        if (customers.isEmpty()) {
            return recorded;
        }
        List<String> touched = List.copyOf(customers);
        return recorded.chain(() -> Panache.getSession()).chain(session -> session.flush()
                .chain(() -> session.createNativeQuery("""
                        update intake_complaint c set customer_name = null, description = null, erased = true
                        from intake_erased_customer e
                        where c.customer_id = e.customer_id and c.filed_at <= e.erased_at and not c.erased
                          and c.customer_id in (:customers)""").setParameter("customers", touched).executeUpdate()))
                .replaceWithVoid();
    }

    /** Keeps the latest request per customer: a second one covers what was filed between the two. */
    private static Uni<Void> record(CustomerDataErased erased) {
        return NativeStatements.execute("""
                insert into intake_erased_customer (customer_id, erased_at) values (?1, ?2)
                on conflict (customer_id) do update
                  set erased_at = greatest(intake_erased_customer.erased_at, excluded.erased_at)""",
                erased.customerId(), erased.occurredAt());
    }
}
