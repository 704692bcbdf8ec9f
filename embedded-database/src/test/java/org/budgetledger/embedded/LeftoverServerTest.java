package org.budgetledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start on a data directory that a killed process left behind: its server still running, or
 * only its {@code postmaster.pid}.
 */
class LeftoverServerTest {

    @TempDir
    Path dataDir;

    @Test
    void aServerLeftRunningByAKilledJvmIsStoppedAndTheNewStartSeesItsData() throws Exception {
        Process child = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), LeftBehindServer.class.getName(), dataDir.toString()))
                .redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null && !line.equals("READY")) {
                output.add(line);
            }
            assertThat(line).as("the child JVM's output:\n%s", String.join("\n", output)).isEqualTo("READY");
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        Path directory = dataDir.resolve("postgres");
        ProcessHandle leftBehind = postmaster(directory).orElseThrow(() -> new AssertionError("no postmaster.pid in " + directory));
        assertThat(leftBehind.isAlive()).as("PostgreSQL survives the JVM that started it").isTrue();

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(settings(dataDir))) {
            assertThat(leftBehind.isAlive()).as("the server left behind is shut down").isFalse();
            assertThat(query(restarted, "SELECT entry FROM acknowledged")).containsExactly("written before the kill");
            assertThat(postmaster(directory).map(ProcessHandle::pid)).isNotEqualTo(Optional.of(leftBehind.pid()));
        } finally {
            leftBehind.destroyForcibly();
        }
    }

    @Test
    void aStalePidFileOfADeadProcessDoesNotBlockAStart() throws Exception {
        createAndStop(dataDir);
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor(10, TimeUnit.SECONDS);
        Files.writeString(dataDir.resolve("postgres").resolve("postmaster.pid"), gone.pid() + "\n" + dataDir.resolve("postgres") + "\n");

        try (EmbeddedDatabase database = EmbeddedDatabase.start(settings(dataDir))) {
            assertThat(query(database, "SELECT entry FROM acknowledged")).containsExactly("kept");
        }
    }

    @Test
    void aPidFileNamingAnotherLiveProgramDoesNotBlockAStartAndThatProgramIsLeftAlone() throws Exception {
        createAndStop(dataDir);
        // The process id was given again to an unrelated program (here the test JVM itself):
        // PostgreSQL alone would refuse to start ("lock file postmaster.pid already exists").
        Files.writeString(dataDir.resolve("postgres").resolve("postmaster.pid"),
                ProcessHandle.current().pid() + "\n" + dataDir.resolve("postgres") + "\n");

        try (EmbeddedDatabase database = EmbeddedDatabase.start(settings(dataDir))) {
            assertThat(query(database, "SELECT entry FROM acknowledged")).containsExactly("kept");
        }
    }

    @Test
    void aDirectoryInUseByARunningProcessIsRefusedAndItsServerLeftRunning() throws Exception {
        try (EmbeddedDatabase running = EmbeddedDatabase.start(settings(dataDir))) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(settings(dataDir)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another running ledger process")
                    .hasMessageContaining("LEDGER_DATA_DIR");
            assertThat(query(running, "SELECT 'still serving'")).containsExactly("still serving");
        }
    }

    private static void createAndStop(Path dataDir) throws IOException, SQLException {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(settings(dataDir));
                Connection connection = DriverManager.getConnection(database.jdbcUrl());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE acknowledged (entry text NOT NULL)");
            statement.execute("INSERT INTO acknowledged VALUES ('kept')");
        }
        assertThat(dataDir.resolve("postgres").resolve("postmaster.pid")).as("a clean shutdown removes it").doesNotExist();
    }

    private static EmbeddedDatabaseSettings settings(Path dataDir) {
        return new EmbeddedDatabaseSettings(dataDir.toString(), new EmbeddedDatabaseSettings.Embedded(false, true, Duration.ofSeconds(60)));
    }

    private static Optional<ProcessHandle> postmaster(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()));
    }

    static List<String> query(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
