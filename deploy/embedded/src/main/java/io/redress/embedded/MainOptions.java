package io.redress.embedded;

import java.nio.file.Path;
import java.util.Set;

/** The command-line options of {@link InfrastructureMain}, with their defaults. */
record MainOptions(Path dataDir, int kafkaPort, int postgresPort, int partitions, Path readyFile, boolean help) {

    static final String USAGE = """
            Usage: InfrastructureMain [options]
              --data-dir DIR        where Kafka and PostgreSQL keep their data (default .redress)
              --kafka-port PORT     Kafka listener port, 0 = any free port (default 9092)
              --postgres-port PORT  PostgreSQL port, 0 = any free port (default 5432)
              --partitions N        partitions of the keyed topics when first created (default 3)
              --ready-file FILE     written with the connection settings once everything is up
              --help                this text""";

    private static final Set<String> VALUED =
            Set.of("--data-dir", "--kafka-port", "--postgres-port", "--partitions", "--ready-file");

    static MainOptions parse(String[] args) {
        Path dataDir = Path.of(".redress");
        int kafkaPort = 9092;
        int postgresPort = 5432;
        int partitions = 3;
        Path readyFile = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return new MainOptions(dataDir, kafkaPort, postgresPort, partitions, readyFile, true);
            }
            if (!VALUED.contains(option)) {
                throw new IllegalArgumentException("Unknown option " + option);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value for " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--data-dir" -> dataDir = Path.of(value);
                case "--kafka-port" -> kafkaPort = number(option, value, 0, 65535);
                case "--postgres-port" -> postgresPort = number(option, value, 0, 65535);
                case "--partitions" -> partitions = number(option, value, 1, 1000);
                case "--ready-file" -> readyFile = Path.of(value);
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        return new MainOptions(dataDir, kafkaPort, postgresPort, partitions, readyFile, false);
    }

    private static int number(String option, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw new IllegalArgumentException(option + " must be between " + min + " and " + max + ": " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number: " + value, e);
        }
    }
}
