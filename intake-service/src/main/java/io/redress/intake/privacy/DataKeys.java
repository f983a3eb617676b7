package io.redress.intake.privacy;

import io.redress.core.privacy.DataKeyStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;


/**
 * Intake's customers' data keys ({@code intake_customer_key}, service-core's {@link DataKeyStore}), with the reads
 * and the erasure the Hibernate side of intake does ({@link CustomerKey}). Runs inside the caller's transaction.
 */
@ApplicationScoped
public class DataKeys {

    private final DataKeyStore store;

    DataKeys(@ConfigProperty(name = "redress.personal-data.kek") String kek) {
        this.store = new DataKeyStore("intake_customer_key", kek);
    }

    /**
     * The keys of these customers, made for those without one, in the caller's transaction (set-wise: one query,
     * one insert). The caller holds the customers' locks.
     */
    public Uni<Map<String, DataKeyStore.DataKey>> forFilings(SqlClient tx, Set<String> customerIds, Instant now) {
        return store.forCustomers(tx, customerIds, now);
    }

    /** The customer's key, or empty once their personal data was erased (or if they never had one). */
    public Uni<Optional<DataKeyStore.DataKey>> find(String customerId) {
        return CustomerKey.<CustomerKey>findById(customerId).map(found -> Optional.ofNullable(found)
                .map(row -> store.unwrap(row.customerId, row.keyId, row.wrappedKey)));
    }

    /** Destroys the customer's key. @return whether there was one */
    public Uni<Boolean> destroy(String customerId) {
        return CustomerKey.delete("customerId", customerId).map(deleted -> deleted > 0);
    }
}
