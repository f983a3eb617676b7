package io.redress.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrphanedServicesTest {

    @TempDir
    Path dataDir;

    private Process leftover;
    private Process stranger;

    @AfterEach
    void killWhatIsLeft() {
        for (Process process : new Process[] {leftover, stranger}) {
            if (process != null) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void aServiceLeftByAKilledRun_isStopped_andAnUnrelatedProcessWithAReusedPidIsNot() throws Exception {
        // Stand-ins whose command lines look like a service jar and like something else.
        leftover = sleeper("intake-service/target/quarkus-app/quarkus-run.jar");
        stranger = sleeper("some-other-program");
        OrphanedServices.remember(dataDir, Map.of(leftover.pid(), "intake-service",
                stranger.pid(), "resolution-service"));

        OrphanedServices.stopLeftovers(dataDir);

        assertThat(leftover.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(stranger.isAlive()).isTrue();
        assertThat(Files.exists(dataDir.resolve("services.pids"))).isFalse();
    }

    @Test
    void nothingHappens_whenNoRunLeftAPidFile() {
        OrphanedServices.stopLeftovers(dataDir);

        assertThat(Files.exists(dataDir.resolve("services.pids"))).isFalse();
    }

    private static Process sleeper(String name) throws Exception {
        return new ProcessBuilder("bash", "-c", "sleep 60; true", name).start(); // "; true": bash must not exec into sleep
    }
}
