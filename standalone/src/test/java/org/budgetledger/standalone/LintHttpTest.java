package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/lint} through HTTP, as users holding only what they need: any user for a text
 * alone, a VIEWER of the unit to reconcile with its ledger. Bad input gets a clear 4xx problem.
 */
class LintHttpTest extends StandaloneTestSupport {

    static final String TEXT = "text/plain; charset=UTF-8";

    static String seed(String name) {
        try (InputStream in = LintHttpTest.class.getClassLoader().getResourceAsStream("lint/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String ZHUZHOU = seed("zhuzhou-traffic-police-2023-final-accounts.txt");
    static final String YANLING = seed("yanling-traffic-police-2023-performance-report.txt");

    private Http withoutGrants() {
        return TestUsers.ensure(http, "lint-reader");
    }

    @Test
    void theZhuzhouTextAloneAnswersItsFindingsAndSummary() {
        Http.Answer answer = withoutGrants().post("/api/v1/lint", TEXT, ZHUZHOU);

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode body = answer.json();
        assertThat(body.path("summary").path("document").asString()).isEqualTo("FINAL_ACCOUNTS");
        assertThat(body.path("summary").path("errors").asLong()).isEqualTo(4);
        assertThat(body.path("summary").path("ledger").isNull()).isTrue();
        List<String> errors = errors(body);
        assertThat(errors).containsExactly("NARRATIVE_PERCENT@447", "NARRATIVE_COMPARISON@509", "NARRATIVE_TABLE@539",
                "NARRATIVE_PERCENT@715");
        JsonNode hundred = find(body, "NARRATIVE_PERCENT", 715);
        assertThat(hundred.path("stated").asString()).isEqualTo("100%");
        assertThat(hundred.path("computed").asString()).isEqualTo("85.60%");
        assertThat(hundred.path("excerpt").asString()).contains("342.4万元");
        assertThat(hundred.path("message").asString()).contains("85.60%");
    }

    @Test
    void theYanlingTextAnswersItsSharesAndItsTotal() {
        JsonNode body = withoutGrants().post("/api/v1/lint", TEXT, YANLING).json();

        assertThat(body.path("summary").path("document").asString()).isEqualTo("SELF_EVALUATION");
        assertThat(find(body, "NARRATIVE_SHARES_SUM", 12).path("stated").asString()).isEqualTo("102.99%");
        assertThat(find(body, "NARRATIVE_PARTS_SUM", 12).path("computed").asString()).isEqualTo("1110.87");
    }

    @Test
    void reconcilingZhuzhouWithTheDemoLedgerFindsNoErrorButThePublicationsOwnContradictions() {
        loadDemoLedger();
        Http viewer = TestUsers.ensure(http, "lint-zzjj-viewer", "ZZJJ:VIEWER");

        Http.Answer answer = viewer.post("/api/v1/lint?ledger=ZZJJ/2023", TEXT, ZHUZHOU);

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode body = answer.json();
        assertThat(body.path("summary").path("ledger").asString()).isEqualTo("ZZJJ/2023");
        List<String> errors = errors(body);
        // The publication's four, the 会议费 against the ledger too, and the 项 the narrative names 其他行政事业单位医疗支出
        // (492.61 initial, 491.76 spent) where the tables, and so the ledger, book 2100199 其他卫生健康管理事务支出.
        assertThat(errors).containsExactly("NARRATIVE_PERCENT@447", "LEDGER_NARRATIVE@485", "LEDGER_NARRATIVE@485",
                "NARRATIVE_COMPARISON@509", "NARRATIVE_TABLE@539", "LEDGER_NARRATIVE@539", "NARRATIVE_PERCENT@715");
        JsonNode meeting = find(body, "LEDGER_NARRATIVE", 539);
        assertThat(meeting.path("stated").asString()).isEqualTo("1.39");
        assertThat(meeting.path("computed").asString()).isEqualTo("0.82");
        assertThat(count(body, "LEDGER_TABLE_CELL")).isZero();
    }

    @Test
    void reconcilingWithALedgerOfAUnitTheCallerHoldsNoGrantOnAnswersLedgerNotFound() {
        loadDemoLedger();
        Http.Answer answer = withoutGrants().post("/api/v1/lint?ledger=ZZJJ/2023", TEXT, ZHUZHOU);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("code").asString()).isEqualTo("LEDGER_NOT_FOUND");
        assertThat(answer.text()).doesNotContain("22131.98");
    }

    @Test
    void badInputGetsAClearProblemAndNeverA5xx() {
        Http user = withoutGrants();
        assertProblem(user.post("/api/v1/lint", TEXT, ""), 400, "VALIDATION_FAILED");
        assertProblem(user.post("/api/v1/lint", TEXT, "  \n\n "), 400, "VALIDATION_FAILED");
        byte[] pdf = {0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, (byte) 0xe2, (byte) 0xe3, (byte) 0xcf, (byte) 0xd3, 0x00};
        assertProblem(user.post("/api/v1/lint", "text/plain", pdf), 400, "VALIDATION_FAILED");
        assertProblem(user.post("/api/v1/lint", TEXT, "今天天气很好，我们去公园散步。"), 422, "NOT_A_PUBLISHED_REPORT");
        assertProblem(user.post("/api/v1/lint", TEXT, "部门决算 ".repeat(10 * 1024 * 1024 / 13 + 1)), 413, "DOCUMENT_TOO_LARGE");
        assertProblem(user.post("/api/v1/lint", "application/json", "{}"), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(user.post("/api/v1/lint?ledger=ZZJJ", TEXT, ZHUZHOU), 400, "VALIDATION_FAILED");
    }

    @Test
    void theEndpointIsDescribedInTheOpenApiDocumentWithItsBodyAndProblemCodes() {
        JsonNode operation = http.get("/v3/api-docs").json().path("paths").path("/api/v1/lint").path("post");

        assertThat(operation.isMissingNode()).isFalse();
        assertThat(operation.path("requestBody").path("content").has("text/plain")).isTrue();
        assertThat(operation.path("parameters").toString()).contains("\"ledger\"");
        assertThat(operation.path("responses").path("200").path("content").path("application/json").toString()).contains("LintAnswer");
        assertThat(operation.toString()).contains("DOCUMENT_TOO_LARGE", "NOT_A_PUBLISHED_REPORT", "LEDGER_NOT_FOUND");
    }

    private static void assertProblem(Http.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("code").asString()).isEqualTo(code);
        assertThat(answer.json().path("detail").asString()).isNotBlank();
    }

    static List<String> errors(JsonNode body) {
        List<String> errors = new ArrayList<>();
        body.path("findings").forEach(f -> {
            if (f.path("severity").asString().equals("ERROR")) {
                errors.add(f.path("rule").asString() + "@" + f.path("line").asInt());
            }
        });
        return errors;
    }

    static JsonNode find(JsonNode body, String rule, int line) {
        for (JsonNode finding : body.path("findings")) {
            if (finding.path("rule").asString().equals(rule) && finding.path("line").asInt() == line) {
                return finding;
            }
        }
        throw new AssertionError("No finding " + rule + " at line " + line + " in " + body);
    }

    static long count(JsonNode body, String rule) {
        long count = 0;
        for (JsonNode finding : body.path("findings")) {
            if (finding.path("rule").asString().equals(rule) && finding.path("severity").asString().equals("ERROR")) {
                count++;
            }
        }
        return count;
    }
}
