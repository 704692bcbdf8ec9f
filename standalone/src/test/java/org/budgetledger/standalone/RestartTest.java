package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.budgetledger.query.entries.ProjectionPositions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A process that stops and starts again on the same data serves the same ledger and counts
 * nothing twice: its projections resume from their stored tokens, and a re-sent journal is
 * recognised line by line. The embedded database lives as long as the JVM, so the second
 * process finds the first one's data, as a restarted process finds its data directory.
 *
 * <p>It starts and closes its own two contexts (same configuration as the shared one), so it
 * runs first, before the shared test context exists: no other process may hold the
 * projections' tokens while it restarts.
 */
@Order(1)
class RestartTest {

    @Test
    void restartedProcessServesTheSameLedgerWithoutCountingAnythingTwice() {
        Map<String, String> reports;
        String lines;
        long entryRows;
        try (ConfigurableApplicationContext first = start()) {
            Http http = http(first);
            DemoLedger.load(http, first.getBean(ProjectionPositions.class));
            reports = StandaloneTestSupport.reportTexts(http, DemoLedger.PATH);
            lines = http.get(DemoLedger.PATH + "/lines").text();
            JdbcTemplate database = first.getBean(JdbcTemplate.class);
            entryRows = entryRows(database);
            assertThat(demoEvents(database)).isEqualTo(DemoLedger.LINES);
        }

        try (ConfigurableApplicationContext restarted = start()) {
            Http http = http(restarted);
            JdbcTemplate database = restarted.getBean(JdbcTemplate.class);

            // A ledger written after the restart proves the projections run again and have passed
            // every earlier event: had they started over, the demo's rows would now be doubled.
            LedgerScenario after = new LedgerScenario(http, "RESTART", 2023);
            after.open("重启后新建单位");
            after.appropriate(LedgerScenario.basicLine("2040201"), "1000.00", "测财〔2023〕9号", "2023-01-05");
            DemoLedger.awaitReadSide(restarted.getBean(ProjectionPositions.class), after.unit, after.year, after.sequence);

            assertThat(StandaloneTestSupport.reportTexts(http, DemoLedger.PATH)).isEqualTo(reports);
            assertThat(http.get(DemoLedger.PATH + "/lines").text()).isEqualTo(lines);
            assertThat(entryRows(database)).isEqualTo(entryRows);

            Http.Answer resent = http.post("/api/v1/journal", "application/x-ndjson", DemoLedger.journal());
            assertThat(resent.status()).isEqualTo(200);
            JsonNode summary = resent.json().get("summary");
            assertThat(summary.get("duplicates").asInt()).isEqualTo(DemoLedger.LINES);
            assertThat(summary.get("applied").asInt()).isZero();
            assertThat(summary.get("rejected").asInt()).isZero();

            assertThat(demoEvents(database)).as("events of the demo ledger after it was re-sent").isEqualTo(DemoLedger.LINES);
            assertThat(entryRows(database)).isEqualTo(entryRows);
            assertThat(StandaloneTestSupport.reportTexts(http, DemoLedger.PATH)).isEqualTo(reports);
            LedgerAssertions.assertLedgerConsistent(http, DemoLedger.UNIT, DemoLedger.YEAR);
            LedgerAssertions.assertLedgerConsistent(http, after.unit, after.year);
        }
    }

    /** A process of the standalone application, configured as the shared test context is. */
    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(BudgetLedgerApplication.class).run();
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    private static long entryRows(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT count(*) FROM ledger_entry WHERE ledger_id = ?", Long.class,
                DemoLedger.UNIT + "/" + DemoLedger.YEAR);
    }

    private static long demoEvents(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class,
                DemoLedger.UNIT + "/" + DemoLedger.YEAR);
    }
}
