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
