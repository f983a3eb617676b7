package io.redress.embedded;

import java.util.Map;

/** Where a running Redress infrastructure listens and how to log in: everything a service needs to connect. */
public record Endpoints(String kafkaBootstrapServers, String postgresHost, int postgresPort,
                        String postgresUser, String postgresPassword) {

    /** The URL the Quarkus reactive PostgreSQL client expects (no {@code jdbc:} prefix, no credentials). */
    public String reactiveUrl(String database) {
        return "postgresql://" + postgresHost + ":" + postgresPort + "/" + database;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + postgresHost + ":" + postgresPort + "/" + database;
    }

    /** The Quarkus properties that point a service at this infrastructure and at {@code database}. */
    public Map<String, String> quarkusConfig(String database) {
        return Map.of(
                "kafka.bootstrap.servers", kafkaBootstrapServers,
                "quarkus.datasource.reactive.url", reactiveUrl(database),
                "quarkus.datasource.username", postgresUser,
                "quarkus.datasource.password", postgresPassword);
    }
}
