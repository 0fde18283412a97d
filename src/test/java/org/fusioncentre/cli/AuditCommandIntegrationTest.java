package org.fusioncentre.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fusioncentre.cli.CommandLineIntegrationTest.fusion;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.fusioncentre.cli.CommandLineIntegrationTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fusion audit}: a command's change is audited under the operator's name, and tampering fails verify. */
class AuditCommandIntegrationTest {
    @TempDir
    Path dir;

    private static Run addZone(String data, String name) {
        return fusion(
                "zone",
                "add",
                "--data",
                data,
                "--name",
                name,
                "--authority",
                "Balochistan Home Department",
                "--circle",
                "30.18,66.99,1500");
    }

    @Test
    void verifyExitsWithZeroOnAnIntactLogAndWithOneNamingTheEditedEntry() throws Exception {
        String data = dir.resolve("data").toString();
        Run empty = fusion("audit", "verify", "--data", data);
        addZone(data, "Quetta Cantonment");
        addZone(data, "Quetta Airport");
        addZone(data, "Hanna Lake");

        Run intact = fusion("audit", "verify", "--data", data);
        Run listed = fusion("audit", "list", "--data", data, "--limit", "2", "--action", "red-zone.");
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:h2:file:" + Path.of(data).resolve("db/fusion") + ";AUTO_SERVER=TRUE", "sa", "");
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE audit_entry SET actor = 'someone else' WHERE seq = 2");
        }
        Run broken = fusion("audit", "verify", "--data", data);

        assertThat(empty.exitCode()).as(empty.err()).isZero();
        assertThat(empty.out()).contains("audit log intact: 0 entries");
        assertThat(intact.exitCode()).as(intact.err()).isZero();
        assertThat(intact.out()).contains("audit log intact: 3 entries");
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out().lines().toList())
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("red-zone.declare", "cli:"));
        assertThat(listed.out().lines().findFirst())
                .hasValueSatisfying(line -> assertThat(line).startsWith("     3"));
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.err()).startsWith("audit log broken at entry 2: hash mismatch");
    }

    @Test
    void aBadLimitIsAUsageError() {
        Run bad = fusion("audit", "list", "--data", dir.resolve("data").toString(), "--limit", "0");

        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("limit must be 1 to 1000");
    }
}
