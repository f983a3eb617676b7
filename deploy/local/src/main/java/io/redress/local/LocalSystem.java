package io.redress.local;

import io.redress.embedded.RedressInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole of Redress on one machine: embedded Kafka and PostgreSQL in this process, the four services as child
 * processes. Used by {@code deploy/local/run} and by the end-to-end test.
 */
public final class LocalSystem implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalSystem.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    /** Ports of a service's second, third... instance: its port plus this, times the instance's number minus one. */
    public static final int INSTANCE_PORT_STEP = 100;

    /**
     * How to run it.
     *
     * @param servicePorts port per service name ({@code intake}...); a service absent from the map gets its default
     * @param instances    instances per service name (same database, same consumer group); absent: 1, 0: none
     */
    public record Options(Path repoRoot, Path dataDir, int kafkaPort, int postgresPort, int partitions,
            Map<String, Integer> servicePorts, Map<String, String> serviceEnvironment, Map<String, Integer> instances) {

        public Options(Path repoRoot, Path dataDir, int kafkaPort, int postgresPort, int partitions,
                Map<String, Integer> servicePorts, Map<String, String> serviceEnvironment) {
            this(repoRoot, dataDir, kafkaPort, postgresPort, partitions, servicePorts, serviceEnvironment, Map.of());
        }

        int instancesOf(String service) {
            return instances.getOrDefault(service, 1);
        }
    }

    private final RedressInfrastructure infrastructure;
    private final Map<String, ServiceProcess> services;
    private final Path dataDir;

    private LocalSystem(RedressInfrastructure infrastructure, Map<String, ServiceProcess> services, Path dataDir) {
        this.infrastructure = infrastructure;
        this.services = services;
        this.dataDir = dataDir;
    }

    public static LocalSystem start(Options options) {
        RedressInfrastructure infrastructure = RedressInfrastructure.start(options.dataDir().resolve("data"),
                options.kafkaPort(), options.postgresPort(), options.partitions());
        Map<String, ServiceProcess> services = new LinkedHashMap<>();
        LocalSystem system = new LocalSystem(infrastructure, services, options.dataDir());
        try {
            // The infrastructure start has just proved no other run owns this data directory.
            OrphanedServices.stopLeftovers(options.dataDir());
            for (ServiceSpec spec : ServiceSpec.ALL) {
                Map<String, String> environment = new HashMap<>(LocalSecrets.serviceEnvironment(options.dataDir(),
                        spec));
                environment.putAll(options.serviceEnvironment());
                for (int instance = 1; instance <= options.instancesOf(spec.name()); instance++) {
                    int port = options.servicePorts().getOrDefault(spec.name(), spec.defaultPort())
                            + INSTANCE_PORT_STEP * (instance - 1);
                    ServiceProcess service = new ServiceProcess(spec, instance, port, options.repoRoot(),
                            infrastructure.endpoints(), options.dataDir().resolve("logs"), environment);
                    services.put(service.name(), service);
                    LOG.info("Starting {} on port {}", service.name(), port);
                    service.start();
                }
            }
            OrphanedServices.remember(options.dataDir(), pids(services));
            for (ServiceProcess service : services.values()) {
                service.awaitReady(READY_TIMEOUT);
                LOG.info("{} ready at {}", service.name(), service.baseUrl());
            }
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    /** Every service process, in start order. */
    public List<ServiceProcess> services() {
        return List.copyOf(services.values());
    }

    /** A service's first instance by service name ({@code resolution}), or another by its name ({@code resolution-2}). */
    public ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("no service named " + name + "; known: " + services.keySet());
        }
        return service;
    }

    /** Stops one service and starts it again on the same port and database, waiting until it is ready. */
    public void restart(String name) {
        ServiceProcess service = service(name);
        LOG.info("Restarting {}", service.name());
        service.close();
        service.start();
        OrphanedServices.remember(dataDir, pids(services));
        service.awaitReady(READY_TIMEOUT);
    }

    public RedressInfrastructure infrastructure() {
        return infrastructure;
    }

    /** Stops the services (last started first), then Kafka and PostgreSQL; all data stays on disk. */
    @Override
    public void close() {
        List<ServiceProcess> reversed = new ArrayList<>(services.values());
        Collections.reverse(reversed);
        reversed.parallelStream().forEach(ServiceProcess::close);
        OrphanedServices.forget(dataDir);
        infrastructure.close();
    }

    private static Map<Long, String> pids(Map<String, ServiceProcess> services) {
        Map<Long, String> pids = new LinkedHashMap<>();
        services.values().forEach(service -> pids.put(service.pid(), service.name()));
        return pids;
    }

    /** A TCP port nothing listens on right now. */
    /**
     * A port free now, for a service or the infrastructure to bind soon. Taken below the kernel's ephemeral range
     * (32768 and up on Linux), where the operating system picks the local ports of outgoing connections: a port from
     * there could be taken by one of the many Kafka and PostgreSQL connections before the service binds it (seen once
     * in CI). Each port is handed out once per JVM, and only when the port a second instance would take is free as well.
     */
    public static synchronized int freePort() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 20_000 + PORTS.nextInt(12_000);
            if (HANDED_OUT.contains(port) || HANDED_OUT.contains(port + INSTANCE_PORT_STEP)) {
                continue;
            }
            // The port a second instance would take (port + INSTANCE_PORT_STEP) must be free too.
            try (ServerSocket socket = new ServerSocket(port);
                    ServerSocket sibling = new ServerSocket(port + INSTANCE_PORT_STEP)) {
                HANDED_OUT.add(port);
                HANDED_OUT.add(port + INSTANCE_PORT_STEP);
                return port;
            } catch (IOException e) {
                // In use: try another.
            }
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    private static final java.util.Random PORTS = new java.util.Random();
    private static final java.util.Set<Integer> HANDED_OUT = new java.util.HashSet<>();
}
