package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.platform.metrics.ProjectionLagMetrics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code /actuator/prometheus}: commands by type and outcome with their latency histogram, the
 * projections' lag per processor and segment, and the connection pool; only an administrator may
 * read it.
 */
class MetricsTest extends StandaloneTestSupport {

    private static final Map<String, Object> LINE = LedgerScenario.basicLine("2040201");

    @Autowired
    ProjectionLagMetrics lag;

    @Test
    void theMetricsCountEachCommandByTypeAndOutcomeAndShowTheLagAndThePool() {
        Http admin = http.as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        LedgerScenario ledger = new LedgerScenario(http, "METRICS", 2023);
        ledger.open("指标测试单位");
        ledger.appropriate(LINE, "100.00", "测财〔2023〕1号", "2023-01-05");
        String before = scrape(admin);

        String expenditure = "{\"requestId\":\"metrics-e1\",\"line\":{\"fund\":\"GENERAL_BUDGET\",\"functionCode\":\"2040201\","
                + "\"nature\":\"BASIC\"},\"economicCode\":\"30201\",\"amount\":\"10.00\",\"voucherNo\":\"M-V1\","
                + "\"effectiveDate\":\"2023-02-01\"}";
        String path = "/api/v1/ledgers/METRICS/2023/expenditures";
        assertThat(http.postJson(path, expenditure).status()).isEqualTo(200);
        assertThat(http.postJson(path, expenditure).json().get("duplicate").asBoolean()).isTrue();
        Http.Answer tooMuch = http.postJson(path, expenditure.replace("metrics-e1", "metrics-e2").replace("10.00", "1000.00")
                .replace("M-V1", "M-V2"));
        assertThat(tooMuch.json().get("code").asString()).isEqualTo("EXCEEDS_AVAILABLE");
        awaitReadSide("METRICS", 2023, 3);
        lag.measure();
        String after = scrape(admin);

        assertThat(count(after, "RecordExpenditure", "ACCEPTED") - count(before, "RecordExpenditure", "ACCEPTED")).isEqualTo(1);
        assertThat(count(after, "RecordExpenditure", "DUPLICATE") - count(before, "RecordExpenditure", "DUPLICATE")).isEqualTo(1);
        assertThat(count(after, "RecordExpenditure", "EXCEEDS_AVAILABLE") - count(before, "RecordExpenditure", "EXCEEDS_AVAILABLE"))
                .isEqualTo(1);
        assertThat(count(after, "OpenLedger", "ACCEPTED")).isPositive();
        assertThat(after).containsPattern("ledger_commands_seconds_bucket\\{command=\"RecordExpenditure\",outcome=\"ACCEPTED\","
                + "le=\"[0-9.]+\"}");
        assertThat(after).containsPattern("ledger_commands_seconds_sum\\{command=\"RecordExpenditure\",outcome=\"ACCEPTED\"}");
        for (String processor : new String[] {"ledger-entries", "ledger-directory"}) {
            for (int segment = 0; segment < 4; segment++) {
                assertThat(after).as("lag of %s segment %d", processor, segment)
                        .containsPattern("ledger_projection_lag\\{processor=\"" + processor + "\",segment=\"" + segment + "\"} [0-9.]+");
            }
        }
        assertThat(after).contains("hikaricp_connections_active{", "hikaricp_connections_max{", "hikaricp_connections_pending{");
        assertThat(after).doesNotContain(TestUsers.ADMIN_PASSWORD, TestUsers.PASSWORD);
    }

    @Test
    void onlyAnAdministratorReadsTheMetrics() {
        Http.Answer anonymous = http.anonymous().get("/actuator/prometheus");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("code").asString()).isEqualTo("UNAUTHENTICATED");
        Http.Answer approver = http.get("/actuator/prometheus");
        assertThat(approver.status()).isEqualTo(403);
        assertThat(approver.json().get("code").asString()).isEqualTo("FORBIDDEN");
    }

    private static String scrape(Http admin) {
        Http.Answer answer = admin.get("/actuator/prometheus");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/plain");
        return answer.text();
    }

    /** The count of {@code ledger_commands_seconds} for a command and outcome; 0 before the first. */
    private static long count(String scrape, String command, String outcome) {
        Matcher matcher = Pattern.compile("ledger_commands_seconds_count\\{command=\"" + command + "\",outcome=\"" + outcome
                + "\"} ([0-9.E]+)").matcher(scrape);
        return matcher.find() ? (long) Double.parseDouble(matcher.group(1)) : 0;
    }
}
