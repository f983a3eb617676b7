package io.redress.resolution.privacy;

import io.redress.core.view.Reactor;
import io.redress.events.ComplaintEvent;
import io.redress.events.CustomerDataErased;
import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * On {@code CustomerDataErased}, destroys the customer's data key in resolution, in the batch's transaction: every
 * fair solution resolution sealed for them is unreadable from then on, on the log and in every copy. Emits nothing.
 */
@ApplicationScoped
public class ErasureReactor implements Reactor {

    private static final Logger LOG = Logger.getLogger(ErasureReactor.class);

    private final ResolutionDataKeys keys;

    public ErasureReactor(ResolutionDataKeys keys) {
        this.keys = keys;
    }

    @Override
    public String name() {
        return "erasure";
    }

    @Override
    public Set<Class<? extends ComplaintEvent>> reactsTo() {
        return Set.of(CustomerDataErased.class);
    }

    @Override
    public Uni<List<EventEnvelope>> react(SqlConnection tx, List<EventEnvelope> events) {
        Set<String> customers = new HashSet<>();
        events.forEach(e -> customers.add(((CustomerDataErased) e.event()).customerId()));
        return keys.store().destroy(tx, customers).invoke(() -> LOG.infof(
                "Destroyed resolution's data keys of %d customers (personal data erased)", customers.size()))
                .replaceWith(List.of());
    }
}
