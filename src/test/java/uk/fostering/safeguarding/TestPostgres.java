package uk.fostering.safeguarding;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;

/**
 * One real PostgreSQL server per test JVM (zonky's binaries from a Maven artifact, no Docker),
 * started on first use and stopped when the JVM exits, after Spring has closed the test contexts. Tests that count
 * rows get a database of their own on it, so they never see each other's concerns.
 */
public final class TestPostgres {

    private static EmbeddedPostgres server;
    private static final Map<String, Map<String, Object>> shared = new HashMap<>();

    private TestPostgres() {
    }

    /** Creates an empty database on the shared server and returns the settings that point the app at it. */
    public static synchronized Map<String, Object> freshDatabase(String name) {
        try (Connection admin = server().getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + name + " with (force)");
            sql.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return datasource(server(), name);
    }

    /**
     * A database created on first use and kept for the JVM's life, as H2's named in-memory database is:
     * application contexts that Spring's test cache closes and recreates find their data still there.
     */
    public static synchronized Map<String, Object> sharedDatabase(String name) {
        return shared.computeIfAbsent(name, TestPostgres::freshDatabase);
    }

    /** The Spring Boot datasource settings for a database of the given server (trust authentication). */
    public static Map<String, Object> datasource(EmbeddedPostgres server, String database) {
        return Map.of("spring.datasource.url", "jdbc:postgresql://localhost:" + server.getPort() + "/" + database,
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "");
    }

    /** Spring runs its shutdown handlers once every application context has closed. */
    private static synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not stop", e);
        }
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // not zonky's own shutdown hook: it ran beside Spring's, and a process engine closing after the server had
                // gone waited the pool's 30 s for a connection, until surefire killed the fork
                server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
                SpringApplication.getShutdownHandlers().add(TestPostgres::stop);
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
        return server;
    }
}
