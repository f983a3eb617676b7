package io.redress.resolution.privacy;

import jakarta.inject.Singleton;

/**
 * On {@code CustomerDataErased}, destroys the customer's data key in resolution: every fair solution resolution
 * sealed for them is unreadable from then on.
 */
@Singleton
public class ErasureReactor extends io.redress.core.privacy.ErasureReactor {

    public ErasureReactor(ResolutionDataKeys keys) {
        super(keys.store(), "resolution");
    }
}
