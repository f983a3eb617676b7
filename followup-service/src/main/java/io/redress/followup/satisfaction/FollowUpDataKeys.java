package io.redress.followup.satisfaction;

import io.redress.core.privacy.DataKeyStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The data keys of the customers whose words follow-up writes ({@code followup_customer_key}): a survey comment on
 * {@code SatisfactionRecorded} is sealed with the customer's; {@link ErasureReactor} destroys it.
 */
@ApplicationScoped
public class FollowUpDataKeys {

    private final DataKeyStore store;

    FollowUpDataKeys(@ConfigProperty(name = "redress.personal-data.kek") String kek) {
        this.store = new DataKeyStore("followup_customer_key", kek);
    }

    public DataKeyStore store() {
        return store;
    }
}
