package org.fusioncentre;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The stores integration tests run against: a fresh H2 file database always, and PostgreSQL when
 * FUSION_TEST_PG_URL names one (each test class then gets a schema of its own, dropped after).
 */
public final class TestDatabases {
    public static final String PG_URL_VARIABLE = "FUSION_TEST_PG_URL";
    public static final String PG_SKIP_REASON =
            "FUSION_TEST_PG_URL is not set: PostgreSQL persistence tests skipped (H2 ran)";

    private TestDatabases() {}

    public static void h2(DynamicPropertyRegistry registry, Path dataDir) {
        registry.add("fusion.data-dir", dataDir::toString);
        registry.add(
                "spring.datasource.url", () -> "jdbc:h2:file:" + dataDir.resolve("db/fusion") + ";AUTO_SERVER=TRUE");
    }

    /** Creates a schema of its own for the caller and points the datasource at it; returns the schema. */
    public static String postgres(DynamicPropertyRegistry registry, Path dataDir) {
        String url = pgUrl();
        String schema = "fc_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute(url, "CREATE SCHEMA " + schema);
        String separator = url.contains("?") ? "&" : "?";
        registry.add("fusion.data-dir", dataDir::toString);
        registry.add("spring.datasource.url", () -> url + separator + "currentSchema=" + schema);
        registry.add("spring.flyway.schemas", () -> schema);
        return schema;
    }

    public static void dropPostgresSchema(String schema) {
        execute(pgUrl(), "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private static String pgUrl() {
        String url = System.getenv(PG_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(PG_SKIP_REASON);
        }
        return url;
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + ": " + e.getMessage(), e);
        }
    }
}
