package io.redress.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void aTakenPortIsReportedInPlainWords() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThatThrownBy(() -> Ports.freeOrRequested(taken.getLocalPort(), "Kafka"))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessage("Kafka cannot start: port " + taken.getLocalPort() + " is already in use by another process.");
        }
    }

    @Test
    void zeroMeansAnyFreePort() {
        assertThat(Ports.freeOrRequested(0, "Kafka")).isPositive();
    }
}
