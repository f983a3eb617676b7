package io.redress.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MainOptionsTest {

    @Test
    void defaultsMatchTheUsualLocalPorts() {
        MainOptions options = MainOptions.parse(new String[0]);

        assertThat(options).isEqualTo(new MainOptions(Path.of(".redress"), 9092, 5432, 3, null, false));
    }

    @Test
    void readsEveryOption() {
        MainOptions options = MainOptions.parse(new String[] {"--data-dir", "/tmp/r", "--kafka-port", "0",
                "--postgres-port", "15432", "--partitions", "6", "--ready-file", "ready.env"});

        assertThat(options).isEqualTo(new MainOptions(Path.of("/tmp/r"), 0, 15432, 6, Path.of("ready.env"), false));
    }

    @Test
    void rejectsUnknownOptionsMissingValuesAndBadNumbers() {
        assertThatThrownBy(() -> MainOptions.parse(new String[] {"--colour"})).hasMessageContaining("Unknown option");
        assertThatThrownBy(() -> MainOptions.parse(new String[] {"--kafka-port"})).hasMessageContaining("Missing value");
        assertThatThrownBy(() -> MainOptions.parse(new String[] {"--partitions", "0"})).hasMessageContaining("between");
        assertThatThrownBy(() -> MainOptions.parse(new String[] {"--postgres-port", "x"})).hasMessageContaining("number");
    }
}
