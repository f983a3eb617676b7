package io.redress.embedded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.postgresql.ds.PGSimpleDataSource;

/** Creates PostgreSQL databases over JDBC, doing nothing for those that already exist. */
public final class Databases {

    // CREATE DATABASE takes no bind parameters, so the name goes into the SQL text and must be harmless.
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final String DUPLICATE_DATABASE = "42P04";

    private Databases() {
    }

    /**
     * Creates {@code name} unless it exists already, connecting with {@code jdbcUrl} to any existing database
     * of the server (normally the maintenance database {@code postgres}).
     */
    public static void createIfMissing(String jdbcUrl, String user, String password, String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name (lower-case letters, digits, _): " + name);
        }
        // A data source rather than DriverManager: DriverManager refuses a driver loaded by another class loader,
        // which happens when this runs inside a Quarkus test.
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        try (Connection connection = dataSource.getConnection()) {
            if (!exists(connection, name)) {
                create(connection, name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + ": " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void create(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            // Another JVM sharing this server may have created it between our check and our CREATE.
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw e;
            }
        }
    }
}
