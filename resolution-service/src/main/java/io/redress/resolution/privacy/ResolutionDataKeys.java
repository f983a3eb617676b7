package io.redress.resolution.privacy;

import io.redress.core.privacy.DataKeyStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The data keys of the customers whose words resolution writes ({@code resolution_customer_key}): a customer's
 * fair solution on {@code ComplaintResolved} is sealed with theirs; {@link ErasureReactor} destroys it.
 */
@ApplicationScoped
public class ResolutionDataKeys {

    private final DataKeyStore store;

    ResolutionDataKeys(@ConfigProperty(name = "redress.personal-data.kek") String kek) {
        this.store = new DataKeyStore("resolution_customer_key", kek);
    }

    public DataKeyStore store() {
        return store;
    }
}
