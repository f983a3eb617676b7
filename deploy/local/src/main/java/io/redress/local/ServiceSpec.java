package io.redress.local;

import java.nio.file.Path;
import java.util.List;

/** One of the four services as the local run starts it: its module, default port and database. */
public record ServiceSpec(String name, String module, int defaultPort, String database) {

    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("intake", "intake-service", 8081, "redress_intake"),
            new ServiceSpec("resolution", "resolution-service", 8082, "redress_resolution"),
            new ServiceSpec("followup", "followup-service", 8083, "redress_followup"),
            new ServiceSpec("analytics", "analytics-service", 8084, "redress_analytics"));

    /** The runnable jar Quarkus builds for the service. */
    public Path jar(Path repoRoot) {
        return repoRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
