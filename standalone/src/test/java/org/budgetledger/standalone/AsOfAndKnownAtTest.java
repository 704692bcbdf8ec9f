package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The same ledger seen three ways: as it stands now, as of an effective date, and as it was
 * known at a recording time. The scenario records an expenditure dated 15 June, then one dated
 * 1 March (back-dated: recorded later, effective earlier), so the views disagree:
 *
 * <pre>
 *                              initial   spent   available   table 03 (万元)
 * now                          100000   50000       50000          5.00
 * asOf 2023-04-30               100000   20000       80000          2.00   (only the 1 March payment)
 * knownAt between recordings   100000   30000       70000          3.00   (only the 15 June payment)
 * both                          100000       0      100000          (no row)
 * </pre>
 */
class AsOfAndKnownAtTest extends StandaloneTestSupport {

    private static final String UNIT = "TIMES";
    private static final int YEAR = 2023;
    private static final Map<String, Object> LINE = LedgerScenario.basicLine("2040201");

    private static Instant betweenRecordings;

    @BeforeEach
    synchronized void ledgerWritten() {
        if (betweenRecordings != null) {
            return;
        }
        LedgerScenario ledger = new LedgerScenario(http, UNIT, YEAR);
        ledger.open("时点查询测试单位");
        ledger.appropriate(LINE, "100000.00", "测财〔2023〕1号", "2023-01-10");
        ledger.spend(LINE, "30201", "30000.00", "TIMES-JUNE", "2023-06-15");
        ledger.spend(LINE, "30201", "20000.00", "TIMES-MARCH", "2023-03-01");
        awaitReadSide(ledger);

        JsonNode entries = http.getJson(ledger.ledgerPath() + "/history?type=ExpenditureRecorded").get("entries");
        Instant june = Instant.parse(entries.get(0).get("recordedAt").asString());
        Instant march = Instant.parse(entries.get(1).get("recordedAt").asString());
        assertThat(entries.get(0).get("voucherNo").asString()).isEqualTo("TIMES-JUNE");
        assertThat(march).as("the back-dated payment is recorded after the June one").isAfter(june);
        betweenRecordings = june.plus(Duration.between(june, march).dividedBy(2));
    }

    @AfterEach
    void everyViewIsConsistent() {
        assertLedgerConsistent(UNIT, YEAR);
        LedgerAssertions.assertLedgerConsistent(http, UNIT, YEAR, "asOf=2023-04-30");
        LedgerAssertions.assertLedgerConsistent(http, UNIT, YEAR, "knownAt=" + Http.q(betweenRecordings.toString()));
    }

    @Test
    void currentViewCountsEveryEntry() {
        JsonNode line = line("");
        assertThat(line.get("spent").asString()).isEqualTo("50000.00");
        assertThat(line.get("available").asString()).isEqualTo("50000.00");
        assertThat(line.get("executionPct").asString()).isEqualTo("50.00");
        assertThat(table03("").cell("2040201", "total")).isEqualTo("5.00");
    }

    @Test
    void asOfADateCountsOnlyEntriesEffectiveByThen() {
        JsonNode line = line("asOf=2023-04-30");
        assertThat(line.get("initial").asString()).isEqualTo("100000.00");
        assertThat(line.get("spent").asString()).isEqualTo("20000.00");
        assertThat(line.get("available").asString()).isEqualTo("80000.00");
        ReportTable table = table03("asOf=2023-04-30");
        assertThat(table.json.get("asOf").asString()).isEqualTo("2023-04-30");
        assertThat(table.cell("2040201", "total")).isEqualTo("2.00");
        assertThat(table.cell("TOTAL", "basic")).isEqualTo("2.00");

        // Before the appropriation's effective date the line does not exist yet.
        assertThat(http.getJson(lines("asOf=2023-01-09")).get("lines").size()).isZero();
    }

    @Test
    void knownAtAnInstantCountsOnlyEntriesRecordedByThen() {
        String knownAt = "knownAt=" + Http.q(betweenRecordings.toString());
        JsonNode answer = http.getJson(lines(knownAt));
        assertThat(Instant.parse(answer.get("knownAt").asString())).isEqualTo(betweenRecordings);
        JsonNode line = answer.get("lines").get(0);
        assertThat(line.get("spent").asString()).isEqualTo("30000.00");
        assertThat(line.get("available").asString()).isEqualTo("70000.00");
        ReportTable table = table03(knownAt);
        assertThat(table.cell("2040201", "total")).isEqualTo("3.00");
        assertThat(ReportTable.fetch(http, "/api/v1/ledgers/" + UNIT + "/" + YEAR, "function-execution", knownAt)
                .cell("2040201", "spent")).isEqualTo("3.00");
    }

    @Test
    void asOfAndKnownAtTogetherCountEntriesThatAreBoth() {
        String both = "asOf=2023-04-30&knownAt=" + Http.q(betweenRecordings.toString());
        JsonNode line = line(both);
        assertThat(line.get("spent").asString()).isEqualTo("0.00");
        assertThat(line.get("available").asString()).isEqualTo("100000.00");
        ReportTable table = table03(both);
        assertThat(table.has("2040201")).isFalse();
        assertThat(table.cell("TOTAL", "total")).isEqualTo("0.00");
    }

    @Test
    void malformedKnownAtIsAValidationError() {
        QueryHttpTest.assertProblem(http.get(lines("knownAt=yesterday")), 400, "VALIDATION_FAILED");
    }

    private String lines(String query) {
        return "/api/v1/ledgers/" + UNIT + "/" + YEAR + "/lines" + (query.isEmpty() ? "" : "?" + query);
    }

    private JsonNode line(String query) {
        JsonNode lines = http.getJson(lines(query)).get("lines");
        assertThat(lines.size()).isEqualTo(1);
        return lines.get(0);
    }

    private ReportTable table03(String query) {
        return ReportTable.fetch(http, "/api/v1/ledgers/" + UNIT + "/" + YEAR, "03", query);
    }
}
