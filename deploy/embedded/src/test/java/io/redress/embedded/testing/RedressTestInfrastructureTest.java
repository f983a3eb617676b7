package io.redress.embedded.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedressTestInfrastructureTest {

    @Test
    void everyResourceInstanceGetsTheSameInfrastructureAndItsOwnDatabase() throws Exception {
        RedressTestInfrastructure intake = resource("redress_intake");
        RedressTestInfrastructure probe = resource("redress_resource_probe");

        Map<String, String> intakeConfig = intake.start();
        Map<String, String> probeConfig = probe.start();

        assertThat(intakeConfig).containsOnlyKeys("kafka.bootstrap.servers", "quarkus.datasource.reactive.url",
                "quarkus.datasource.username", "quarkus.datasource.password", "mp.jwt.verify.publickey",
                "mp.jwt.verify.issuer", "redress.personal-data.kek");
        assertThat(intakeConfig.get("mp.jwt.verify.publickey")).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(probeConfig.get("kafka.bootstrap.servers")).isEqualTo(intakeConfig.get("kafka.bootstrap.servers"));
        assertThat(intakeConfig.get("quarkus.datasource.reactive.url")).endsWith("/redress_intake");
        assertThat(probeConfig.get("quarkus.datasource.reactive.url")).endsWith("/redress_resource_probe");
        // The database named in the init argument exists even though it is not one of the four standard ones.
        try (Connection connection = DriverManager.getConnection(
                "jdbc:" + probeConfig.get("quarkus.datasource.reactive.url"),
                probeConfig.get("quarkus.datasource.username"), probeConfig.get("quarkus.datasource.password"))) {
            assertThat(connection.getCatalog()).isEqualTo("redress_resource_probe");
        }
        intake.stop();
        assertThat(resource("redress_intake").start()).isEqualTo(intakeConfig);
    }

    @Test
    void anotherClassLoaderLikeAQuarkusApplicationGetsTheSameInfrastructure() throws Exception {
        Map<String, String> direct = resource("redress_followup").start();

        try (URLClassLoader isolated = new URLClassLoader(testClassPath(), ClassLoader.getPlatformClassLoader())) {
            Class<?> foreign = isolated.loadClass(RedressTestInfrastructure.class.getName());
            Object resource = foreign.getConstructor().newInstance();
            foreign.getMethod("init", Map.class).invoke(resource, Map.of("database", "redress_followup"));
            Object config = foreign.getMethod("start").invoke(resource);

            assertThat(foreign).isNotSameAs(RedressTestInfrastructure.class);
            assertThat(config).isEqualTo(direct);
        }
    }

    @Test
    void aMissingDatabaseArgumentIsExplained() {
        assertThatThrownBy(() -> new RedressTestInfrastructure().init(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("@ResourceArg(name = \"database\"");
    }

    /** Surefire hides the real class path behind a manifest-only jar and publishes it in this property. */
    private static URL[] testClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator)).map(entry -> {
            try {
                return Path.of(entry).toUri().toURL();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toArray(URL[]::new);
    }

    private static RedressTestInfrastructure resource(String database) {
        RedressTestInfrastructure resource = new RedressTestInfrastructure();
        resource.init(Map.of(RedressTestInfrastructure.DATABASE_ARG, database));
        return resource;
    }
}
