package io.redress.embedded.testing;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns Kafka's and the PostgreSQL wrapper's chatter down to warnings in a service's test log. */
final class QuietBrokerLogging {

    // All of Kafka, clients included: at INFO each broker, admin, producer and consumer dumps its whole
    // configuration. A service that wants its clients' INFO logs back sets the category in its test config.
    private static final List<String> CATEGORIES = List.of("kafka", "state.change.logger", "org.apache.kafka", "io.zonky");
    // java.util.logging keeps loggers only weakly: without these references a level could be forgotten.
    private static final List<Logger> HELD = CATEGORIES.stream().map(Logger::getLogger).toList();

    private QuietBrokerLogging() {
    }

    /** Quarkus tests route SLF4J through JBoss LogManager, which honours java.util.logging levels. */
    static void apply() {
        HELD.forEach(logger -> logger.setLevel(Level.WARNING));
    }
}
