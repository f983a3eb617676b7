package io.redress.embedded.testing;

import java.util.Optional;
import org.testcontainers.DockerClientFactory;

/**
 * Asks Testcontainers whether a Docker engine is reachable. Kept apart so that Testcontainers classes are only
 * touched here and in {@link ContainerInfrastructure}, and only when this class is actually called.
 */
final class DockerProbe {

    private DockerProbe() {
    }

    /** Empty when Docker can be used, otherwise why not. */
    static Optional<String> whyUnavailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable()
                    ? Optional.empty()
                    : Optional.of("Testcontainers found no Docker engine");
        } catch (Throwable e) {
            // NoClassDefFoundError lands here when the service has no Testcontainers on its test classpath.
            return Optional.of("Testcontainers unusable: " + e);
        }
    }
}
