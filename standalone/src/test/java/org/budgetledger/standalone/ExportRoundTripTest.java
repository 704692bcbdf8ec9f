package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.standalone.LedgerScenario.basicLine;
import static org.budgetledger.standalone.LedgerScenario.projectLine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An export holding payment requests (raised, approved, rejected, still pending), control budgets,
 * statements and procured expenditures, posted to {@code /journal} as another unit's ledger,
 * rebuilds the same ledger: the same lines, every report, the same history and payment requests
 * (apart from who recorded each entry and when, which the export keeps as metadata). The request
 * and its approval were made by two people; the import, one journal in one name, is an
 * administrator's (a restore), who alone may approve in it the requests the same import raised.
 */
class ExportRoundTripTest extends StandaloneTestSupport {

    private static final Map<String, Object> BASIC = basicLine("2040201");
    private static final Map<String, Object> PROJECT = projectLine("2040202", "P01", "交通设施维护");

    @Test
    void anExportWithPaymentRequestsControlBudgetsAndStatementsImportsAsTheSameLedger() {
        LedgerScenario source = new LedgerScenario(http, "RTSRC", 2023);
        Http clerk = TestUsers.ensure(http, "rtsrc-clerk", "RTSRC:RECORDER");
        source.open("往返测试单位");
        source.appropriate(BASIC, "500000.00", "株财预〔2023〕1号", "2023-01-10");
        source.appropriate(PROJECT, "300000.00", "株财预〔2023〕1号", "2023-01-10");
        source.controlBudget("MEETING", "20000.00", "株财预〔2023〕1号", "2023-01-10");
        source.controlBudget("OPERATING_COSTS", "100000.00", "株财预〔2023〕1号", "2023-01-10");
        source.statement("PRIOR_YEAR", Map.of("OPERATING_COSTS", "88000.00", "TOTAL", "700000.00"), "2023-01-10");
        source.spendProcured(BASIC, "31002", "45000.00", "V-1", "2023-02-01", "GOODS", "SMALL_MICRO");
        source.spend(BASIC, "30215", "3000.00", "V-2", "2023-02-02");
        JsonNode approved = source.requestProcuredPayment(clerk, PROJECT, "30227", "60000.00", "V-3", "2023-03-01", "SERVICES",
                "MEDIUM");
        source.approvePayment(approved.get("paymentRequestId").asString(), "2023-03-02");
        JsonNode rejected = source.requestProcuredPayment(clerk, PROJECT, "30213", "20000.00", "V-4", "2023-03-03", "WORKS",
                "LARGE");
        source.rejectPayment(rejected.get("paymentRequestId").asString(), "预算未落实", "2023-03-04");
        source.requestPayment(clerk, BASIC, "30215", "5000.00", "V-5", "2023-03-05");
        source.reverse("V-3", "付款退回", "2023-04-01");
        source.statement("ASSETS", Map.of("EMERGENCY", 1, "LAW_ENFORCEMENT", 12), "2023-12-31");

        Http.Answer export = http.get(source.ledgerPath() + "/export?minSequence=" + source.sequence);
        assertThat(export.status()).as(export.text()).isEqualTo(200);
        String journal = asUnit(export.text(), "RTSRC", "RTDST");
        assertThat(journal).contains("\"command\":\"RequestPayment\"", "\"command\":\"ApprovePayment\"",
                "\"command\":\"RejectPayment\"", "\"command\":\"SetControlBudget\"", "\"command\":\"RecordStatement\"",
                "\"procurement\":{\"method\":\"SERVICES\",\"supplierSize\":\"MEDIUM\"}");

        Http restorer = administratorWithGrants("RTDST:APPROVER");
        Http.Answer applied = restorer.post("/api/v1/journal", "application/x-ndjson", journal);
        assertThat(applied.status()).as(applied.text()).isEqualTo(200);
        assertThat(applied.json().get("summary").get("applied").asLong()).as(applied.text()).isEqualTo(source.sequence);
        assertThat(applied.json().get("summary").get("rejected").asInt()).isZero();

        String copy = "/api/v1/ledgers/RTDST/2023";
        String wait = "?minSequence=" + source.sequence;
        assertThat(http.getJson(copy + "/lines" + wait).toString())
                .isEqualTo(asUnit(http.getJson(source.ledgerPath() + "/lines").toString(), "RTSRC", "RTDST"));
        Map<String, String> reports = new LinkedHashMap<>();
        reportTexts(http, source.ledgerPath()).forEach((id, text) -> reports.put(id, asUnit(text, "RTSRC", "RTDST")));
        assertThat(reports).containsKeys("procurement", "general-costs");
        assertThat(reportTexts(http, copy)).isEqualTo(reports);
        assertThat(withoutRecording(http.getJson(copy + "/history")).toString())
                .isEqualTo(asUnit(withoutRecording(http.getJson(source.ledgerPath() + "/history")).toString(), "RTSRC", "RTDST"));
        assertThat(statuses(http.getJson(copy + "/payment-requests")))
                .isEqualTo(statuses(http.getJson(source.ledgerPath() + "/payment-requests")))
                .containsValues("APPROVED", "REJECTED", "PENDING");
    }

    @Test
    void aClerksJournalCannotApproveItsOwnRequest() {
        LedgerScenario ledger = new LedgerScenario(http, "RTSELF", 2023);
        ledger.open("四眼测试单位");
        ledger.appropriate(BASIC, "1000.00", "株财预〔2023〕1号", "2023-01-10");
        Http approver = TestUsers.ensure(http, "rtself-approver", "RTSELF:APPROVER");
        String journal = """
                {"command":"RequestPayment","unitCode":"RTSELF","fiscalYear":2023,"requestId":"j-1","line":{"fund":"GENERAL_BUDGET","functionCode":"2040201","nature":"BASIC"},"economicCode":"30201","amount":"100.00","effectiveDate":"2023-02-01","voucherNo":"J-1"}
                {"command":"ApprovePayment","unitCode":"RTSELF","fiscalYear":2023,"requestId":"j-2","paymentRequestId":"PR-3","effectiveDate":"2023-02-02"}
                """;

        JsonNode results = approver.post("/api/v1/journal", "application/x-ndjson", journal).json().get("results");

        assertThat(results.get(0).get("status").asInt()).isEqualTo(200);
        assertThat(results.get(1).get("status").asInt()).isEqualTo(403);
        assertThat(results.get(1).get("code").asString()).isEqualTo("SELF_APPROVAL_FORBIDDEN");
    }

    private Http administratorWithGrants(String grant) {
        Http admin = http.as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        String[] parts = grant.split(":");
        Http.Answer granted = admin.put("/api/v1/users/" + TestUsers.ADMIN + "/grants",
                "{\"grants\":[{\"unitCode\":\"" + parts[0] + "\",\"role\":\"" + parts[1] + "\"}]}");
        assertThat(granted.status()).as(granted.text()).isIn(200, 204);
        return admin;
    }

    /** The ledger's texts as another unit's: its code replaced wherever it is written. */
    private static String asUnit(String text, String from, String to) {
        return text.replace("\"" + from + "\"", "\"" + to + "\"").replace(from + "/", to + "/");
    }

    /** The history without who recorded and requested each entry and when: an import signs it anew. */
    private static JsonNode withoutRecording(JsonNode history) {
        JsonNode copy = history.deepCopy();
        for (JsonNode entry : copy.get("entries")) {
            ((ObjectNode) entry).remove(List.of("recordedAt", "recordedBy", "requestedBy"));
        }
        return copy;
    }

    private static Map<String, String> statuses(JsonNode requests) {
        Map<String, String> statuses = new HashMap<>();
        for (JsonNode request : requests.get("paymentRequests")) {
            statuses.put(request.get("paymentRequestId").asString(), request.get("status").asString());
        }
        return statuses;
    }
}
