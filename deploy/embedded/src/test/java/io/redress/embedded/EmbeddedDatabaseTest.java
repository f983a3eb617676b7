package io.redress.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    static Path dataDir;

    static EmbeddedDatabase database;

    @BeforeAll
    static void startDatabase() {
        database = EmbeddedDatabase.start(dataDir, 0);
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @Test
    void acceptsAConnectionWithTheAdvertisedCredentials() throws Exception {
        try (Connection connection = DriverManager.getConnection(
                database.jdbcUrl("postgres"), database.username(), database.password());
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_user, current_setting('server_version_num')")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("postgres");
            assertThat(Integer.parseInt(row.getString(2))).isBetween(140000, 149999);
        }
    }

    @Test
    void createsADatabaseOnceAndToleratesAskingAgain() throws Exception {
        database.createDatabase("redress_probe");
        database.createDatabase("redress_probe");

        assertThat(databaseNames()).contains("redress_probe");
        try (Connection connection = DriverManager.getConnection(
                database.jdbcUrl("redress_probe"), database.username(), database.password())) {
            assertThat(connection.getCatalog()).isEqualTo("redress_probe");
        }
    }

    @Test
    void refusesANameThatCouldSmuggleSql() {
        assertThatThrownBy(() -> database.createDatabase("x; DROP DATABASE postgres"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void urlsPointAtTheLocalPort() {
        assertThat(database.reactiveUrl("redress_intake"))
                .isEqualTo("postgresql://localhost:" + database.port() + "/redress_intake");
        assertThat(database.jdbcUrl("redress_intake"))
                .isEqualTo("jdbc:postgresql://localhost:" + database.port() + "/redress_intake");
    }

    private static List<String> databaseNames() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(
                database.jdbcUrl("postgres"), database.username(), database.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT datname FROM pg_database")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
