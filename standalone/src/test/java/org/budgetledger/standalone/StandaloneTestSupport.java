package org.budgetledger.standalone;

import java.util.LinkedHashMap;
import java.util.Map;
import org.budgetledger.query.entries.ProjectionPositions;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The one configuration of every standalone test class (properties in the test
 * {@code application.properties}), so that Spring's context cache starts the process once:
 * both sides on a random port over the JVM's embedded PostgreSQL.
 */
@SpringBootTest(classes = BudgetLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class StandaloneTestSupport {

    static final String DEMO_UNIT = DemoLedger.UNIT;
    static final int DEMO_YEAR = DemoLedger.YEAR;
    static final int DEMO_LINES = DemoLedger.LINES;

    @LocalServerPort
    protected int port;

    @Autowired
    ProjectionPositions projections;

    protected Http http;

    @BeforeEach
    protected void connect() {
        http = new Http(port);
    }

    /** Waits until both read models have applied entry {@code sequence} of the ledger. */
    void awaitReadSide(String unit, int year, long sequence) {
        DemoLedger.awaitReadSide(projections, unit, year, sequence);
    }

    void awaitReadSide(LedgerScenario scenario) {
        awaitReadSide(scenario.unit, scenario.year, scenario.sequence);
    }

    void assertLedgerConsistent(String unit, int year) {
        LedgerAssertions.assertLedgerConsistent(http, unit, year);
    }

    /** Lines of the general budget by function code, nature and project (such as {@code 2040202/PROJECT/P1}). */
    Map<String, JsonNode> linesByKey(LedgerScenario scenario) {
        Map<String, JsonNode> lines = new LinkedHashMap<>();
        linesByFundAndKey(scenario).forEach((key, line) -> {
            if (key.startsWith("GENERAL_BUDGET/")) {
                lines.put(key.substring("GENERAL_BUDGET/".length()), line);
            }
        });
        return lines;
    }

    /** Every line by fund, function code, nature and project, as of the scenario's last command. */
    Map<String, JsonNode> linesByFundAndKey(LedgerScenario scenario) {
        Map<String, JsonNode> lines = new LinkedHashMap<>();
        for (JsonNode line : http.getJson(scenario.ledgerPath() + "/lines?minSequence=" + scenario.sequence).get("lines")) {
            JsonNode key = line.get("line");
            String project = key.has("projectCode") ? "/" + key.get("projectCode").asString() : "";
            lines.put(key.get("fund").asString() + "/" + key.get("functionCode").asString() + "/"
                    + key.get("nature").asString() + project, line);
        }
        return lines;
    }

    /** The demo ledger, loaded once per test JVM; answers the journal's answer to that load. */
    protected JsonNode loadDemoLedger() {
        return DemoLedger.load(http, projections);
    }

    /** Every report of a ledger as the JSON text the server sends, by id. */
    static Map<String, String> reportTexts(Http http, String ledgerPath) {
        Map<String, String> reports = new LinkedHashMap<>();
        for (JsonNode report : http.getJson(ledgerPath + "/reports").get("reports")) {
            String id = report.get("id").asString();
            Http.Answer answer = http.get(ledgerPath + "/reports/" + id);
            if (answer.status() != 200) {
                throw new AssertionError("GET report " + id + " answered " + answer.status() + ": " + answer.text());
            }
            reports.put(id, answer.text());
        }
        return reports;
    }

    static String demoPath() {
        return DemoLedger.PATH;
    }
}
