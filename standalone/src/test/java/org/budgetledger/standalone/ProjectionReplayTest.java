package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Rebuilding the read models from the event store gives back exactly what was there: every
 * table, line and history entry byte for byte, and the same number of entry rows.
 */
class ProjectionReplayTest extends StandaloneTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void demoLoaded() {
        loadDemoLedger();
    }

    @Test
    void replayOfEveryProjectionGivesByteIdenticalReports() {
        Map<String, String> before = reportTexts(http, demoPath());
        assertThat(before).hasSize(15);
        String lines = http.get(demoPath() + "/lines").text();
        String history = http.get(demoPath() + "/history").text();
        String ledger = http.get(demoPath()).text();
        long rows = entryRows();

        Http.Answer replay = admin().post("/api/v1/admin/projections/replay", "application/json", "");
        assertThat(replay.status()).as(replay.text()).isEqualTo(200);
        assertThat(replay.json().get("replayed").toString()).isEqualTo("[\"ledger-directory\",\"ledger-entries\"]");

        assertThat(reportTexts(http, demoPath())).isEqualTo(before);
        assertThat(http.get(demoPath() + "/lines").text()).isEqualTo(lines);
        assertThat(http.get(demoPath() + "/history").text()).isEqualTo(history);
        assertThat(http.get(demoPath()).text()).isEqualTo(ledger);
        assertThat(entryRows()).isEqualTo(rows);
        assertLedgerConsistent(DEMO_UNIT, DEMO_YEAR);
    }

    @Test
    void replayOfOneProjectionRebuildsOnlyThatOne() {
        Map<String, String> before = reportTexts(http, demoPath());
        Http.Answer replay = admin().post("/api/v1/admin/projections/ledger-entries/replay", "application/json", "");
        assertThat(replay.status()).as(replay.text()).isEqualTo(200);
        assertThat(replay.json().get("replayed").toString()).isEqualTo("[\"ledger-entries\"]");
        assertThat(reportTexts(http, demoPath())).isEqualTo(before);
        assertLedgerConsistent(DEMO_UNIT, DEMO_YEAR);
    }

    @Test
    void replayOfAnUnknownProjectionIsRejected() {
        JsonNode problem = QueryHttpTest.assertProblem(
                admin().post("/api/v1/admin/projections/no-such-model/replay", "application/json", ""), 400,
                "VALIDATION_FAILED");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("projection");
    }

    private long entryRows() {
        return jdbc.queryForObject("SELECT count(*) FROM ledger_entry WHERE ledger_id = ?", Long.class,
                DEMO_UNIT + "/" + DEMO_YEAR);
    }

    /** Replaying read models is an administrator's act. */
    private Http admin() {
        return http.as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    }
}
