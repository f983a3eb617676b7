package io.redress.followup.satisfaction;

import jakarta.inject.Singleton;

/**
 * On {@code CustomerDataErased}, destroys the customer's data key in follow-up: every survey comment follow-up
 * sealed for them is unreadable from then on.
 */
@Singleton
public class ErasureReactor extends io.redress.core.privacy.ErasureReactor {

    public ErasureReactor(FollowUpDataKeys keys) {
        super(keys.store(), "follow-up");
    }
}
