package io.redress.core.privacy;

import io.redress.core.view.Reactor;
import io.redress.events.ComplaintEvent;
import io.redress.events.CustomerDataErased;
import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * On {@code CustomerDataErased}, destroys the customers' data keys a service holds ({@link DataKeyStore}), in the
 * batch's transaction: every field it sealed for them is unreadable from then on, on the log and in every copy.
 * Emits nothing. A service that seals customers' words has one {@code @Singleton} bean of a subclass naming its
 * store (a normal-scoped bean would need a no-argument constructor).
 */
public abstract class ErasureReactor implements Reactor {

    private static final Logger LOG = Logger.getLogger(ErasureReactor.class);

    private final DataKeyStore keys;
    private final String service;

    /** @param service the service, for the log line */
    protected ErasureReactor(DataKeyStore keys, String service) {
        this.keys = keys;
        this.service = service;
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
        return keys.destroy(tx, customers).invoke(() -> LOG.infof(
                "Destroyed %s's data keys of %d customers (personal data erased)", service, customers.size()))
                .replaceWith(List.of());
    }
}
