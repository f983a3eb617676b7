package io.redress.intake;

import io.redress.embedded.testing.KafkaProbe;
import org.eclipse.microprofile.config.ConfigProvider;

/** What intake's tests share: the database name their infrastructure provides, and a probe on the broker. */
public final class IntakeTestInfrastructure {

    public static final String DATABASE = "redress_intake";

    private IntakeTestInfrastructure() {
    }

    public static KafkaProbe kafka() {
        return new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }
}
