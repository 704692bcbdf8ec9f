package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Backups, both ways the README gives, on the local PostgreSQL (127.0.0.1:5432, user postgres),
 * in databases of this run that it drops afterwards. The demo ledger ZZJJ/2023 is recorded
 * through the journal on one instance; (1) its export, imported into an instance on an empty
 * database, and (2) a {@code pg_dump} of the whole database restored into a new one and started
 * on, each give the same report cells, lines and history (apart from who recorded the imported
 * entries and when, which the export keeps as metadata).
 */
class BackupRestoreIT {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String LEDGER = DemoLedger.PATH;

    @Test
    void anExportImportedIntoAnEmptyInstanceAndAPgDumpRestoredGiveTheSameLedger() throws Exception {
        String run = "ops_backup_" + ProcessHandle.current().pid() + "_" + (System.currentTimeMillis() % 100000);
        String source = run + "_source";
        String imported = run + "_import";
        String restored = run + "_restored";
        List<String> databases = List.of(source, imported, restored);
        Path target = Path.of("target").toAbsolutePath();
        Path dump = target.resolve(run + ".dump");
        List<Process> processes = new ArrayList<>();
        try {
            for (String database : List.of(source, imported)) {
                sql("postgres", "CREATE DATABASE " + database);
            }
            Http original = startOn(source, target.resolve("backup-source.log"), processes);
            Http.Answer load = original.post("/api/v1/journal", "application/x-ndjson", DemoLedger.journal());
            assertThat(load.status()).as(load.text()).isEqualTo(200);
            assertThat(load.json().get("summary").get("rejected").asInt()).isZero();

            // (1) Export, import into an empty instance.
            Http.Answer export = original.get(LEDGER + "/export");
            assertThat(export.status()).as(export.text()).isEqualTo(200);
            assertThat(export.contentType()).startsWith("application/x-ndjson");
            List<String> lines = export.text().lines().toList();
            assertThat(lines).hasSize(DemoLedger.LINES);
            JsonNode first = Http.JSON.readTree(lines.get(0));
            assertThat(first.get("command").asString()).isEqualTo("OpenLedger");
            assertThat(first.get("metadata").get("recordedBy").asString()).isEqualTo(TestUsers.DEFAULT);
            Http copy = startOn(imported, target.resolve("backup-import.log"), processes);
            Http.Answer applied = copy.post("/api/v1/journal", "application/x-ndjson", export.text());
            assertThat(applied.status()).as(applied.text()).isEqualTo(200);
            assertThat(applied.json().get("summary").get("applied").asInt()).as(applied.text()).isEqualTo(DemoLedger.LINES);
            assertSameLedger(original, copy, true);
            // The export of the copy is the original's, apart from the recording times.
            assertThat(withoutRecordingTimes(copy.get(LEDGER + "/export").text())).isEqualTo(withoutRecordingTimes(export.text()));
            LaunchedJars.stop(processes.remove(processes.size() - 1));

            // (2) pg_dump of the whole database, restored into a new one, and an instance started on it.
            run(List.of("pg_dump", "-h", "127.0.0.1", "-U", "postgres", "-Fc", "-f", dump.toString(), source));
            sql("postgres", "CREATE DATABASE " + restored);
            run(List.of("pg_restore", "-h", "127.0.0.1", "-U", "postgres", "--no-owner", "-d", restored, dump.toString()));
            Http restoredInstance = startOn(restored, target.resolve("backup-restored.log"), processes);
            assertSameLedger(original, restoredInstance, false);
        } finally {
            for (Process process : processes) {
                LaunchedJars.stop(process);
            }
            Files.deleteIfExists(dump);
            for (String database : databases) {
                sql("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    /** Every report of the ledger byte for byte, the lines, and the history (without who recorded and when, if imported). */
    private static void assertSameLedger(Http expected, Http actual, boolean imported) {
        String lines = "/lines?minSequence=" + DemoLedger.LINES;
        assertThat(actual.getJson(LEDGER + lines)).isEqualTo(expected.getJson(LEDGER + lines));
        Map<String, String> reports = StandaloneTestSupport.reportTexts(expected, LEDGER);
        assertThat(reports).hasSizeGreaterThan(10);
        assertThat(StandaloneTestSupport.reportTexts(actual, LEDGER)).isEqualTo(reports);
        JsonNode want = expected.getJson(LEDGER + "/history");
        JsonNode got = actual.getJson(LEDGER + "/history");
        assertThat(got.get("entries").size()).isEqualTo(want.get("entries").size()).isGreaterThanOrEqualTo(DemoLedger.LINES);
        if (imported) {
            want = withoutRecording(want);
            got = withoutRecording(got);
        }
        assertThat(got).isEqualTo(want);
        LedgerAssertions.assertLedgerConsistent(actual, DemoLedger.UNIT, DemoLedger.YEAR);
    }

    private static JsonNode withoutRecording(JsonNode history) {
        JsonNode copy = history.deepCopy();
        for (JsonNode entry : copy.get("entries")) {
            ((ObjectNode) entry).remove("recordedAt");
            ((ObjectNode) entry).remove("recordedBy");
        }
        return copy;
    }

    private static String withoutRecordingTimes(String ndjson) {
        StringBuilder text = new StringBuilder();
        for (String line : ndjson.lines().toList()) {
            ObjectNode node = (ObjectNode) Http.JSON.readTree(line);
            ((ObjectNode) node.get("metadata")).remove("recordedAt");
            text.append(node).append('\n');
        }
        return text.toString();
    }

    private static Http startOn(String database, Path log, List<Process> processes) throws Exception {
        int port = LaunchedJars.freePort();
        Process process = LaunchedJars.launch(Path.of("target/budget-ledger.jar"), port, SERVER + database, log, Map.of(),
                // Three starts in this test: the client compiler alone and the serial collector start them sooner.
                List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        processes.add(process);
        Http http = new Http(port);
        LaunchedJars.awaitHealthy("standalone on " + database, http, process, log);
        return http;
    }

    private static void sql(String database, String statement) throws Exception {
        try (Connection connection = DriverManager.getConnection(SERVER + database, "postgres", "")) {
            connection.createStatement().execute(statement);
        }
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    }
}
