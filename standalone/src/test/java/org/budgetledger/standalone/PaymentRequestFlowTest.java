package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Payment requests (冻结) through the whole application: what the lines, the list of requests, the
 * history and the tables show while requests are pending and after they are decided, as of a
 * date and as known at a time; and two years in which a transfer and an approved request feed the
 * close and the next year's opening. Amounts in yuan; tables in 万元.
 */
class PaymentRequestFlowTest extends StandaloneTestSupport {

    private static final Map<String, Object> BASIC = LedgerScenario.basicLine("2040201");
    private static final Map<String, Object> OTHER_BASIC = LedgerScenario.basicLine("2040219");
    private static final Map<String, Object> P1 = LedgerScenario.projectLine("2040202", "PAY-P1", "标志标线维护");

    @Test
    void pendingRequestsAreReservedButNotSpentAndDecisionsShowWhoDidWhat() {
        LedgerScenario ledger = new LedgerScenario(http, "PAYFLOW", 2023);
        Http clerk = TestUsers.ensure(http, "payflow-clerk", "PAYFLOW:RECORDER");
        ledger.open("付款申请测试单位");
        ledger.appropriate(BASIC, "1000000.00", "预-1", "2023-01-10");
        ledger.appropriate(P1, "500000.00", "预-2", "2023-01-10");
        ledger.spend(BASIC, "30201", "100000.00", "记-1", "2023-03-01");
        awaitReadSide(ledger);
        Map<String, String> tablesBefore = tables(ledger);

        String a = ledger.requestPayment(clerk, BASIC, "30201", "200000.00", "申-1", "2023-05-20").get("paymentRequestId").asString();
        String b = ledger.requestPayment(clerk, P1, "30213", "50000.00", "申-2", "2023-05-20").get("paymentRequestId").asString();
        String c = ledger.requestPayment(clerk, BASIC, "30201", "10000.00", "申-3", "2023-05-21").get("paymentRequestId").asString();
        awaitReadSide(ledger);

        JsonNode basic = QueryHttpTest.line(http.getJson(ledger.ledgerPath() + "/lines"), "2040201", "BASIC", null);
        assertThat(basic.get("reserved").asString()).isEqualTo("210000.00");
        assertThat(basic.get("spent").asString()).isEqualTo("100000.00");
        assertThat(basic.get("available").asString()).isEqualTo("690000.00");
        assertThat(tables(ledger)).as("pending requests are not expenditures: tables 01–09 unchanged").isEqualTo(tablesBefore);

        ledger.approvePayment(a, "2023-06-01");
        ledger.rejectPayment(b, "预算科目有误", "2023-06-02");
        awaitReadSide(ledger);

        JsonNode all = http.getJson(ledger.ledgerPath() + "/payment-requests").get("paymentRequests");
        assertThat(all).hasSize(3);
        JsonNode approved = request(all, a);
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("requestedBy").asString()).isEqualTo("payflow-clerk");
        assertThat(approved.get("decidedBy").asString()).isEqualTo("finance-office");
        assertThat(approved.get("decidedOn").asString()).isEqualTo("2023-06-01");
        assertThat(approved.get("amount").asString()).isEqualTo("200000.00");
        JsonNode rejected = request(all, b);
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("rejectionReason").asString()).isEqualTo("预算科目有误");
        assertThat(rejected.get("lineFigures").get("reserved").asString()).isEqualTo("0.00");
        assertThat(rejected.get("lineFigures").get("available").asString()).isEqualTo("500000.00");
        JsonNode pending = http.getJson(ledger.ledgerPath() + "/payment-requests?status=PENDING").get("paymentRequests");
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).get("paymentRequestId").asString()).isEqualTo(c);
        assertThat(pending.get(0).get("lineFigures").get("reserved").asString()).isEqualTo("10000.00");
        assertThat(pending.get(0).get("lineFigures").get("spent").asString()).isEqualTo("300000.00");
        assertThat(pending.get(0).has("decidedBy")).isFalse();

        List<String> approval = new ArrayList<>();
        http.getJson(ledger.ledgerPath() + "/history?type=PaymentApproved").get("entries").forEach(entry -> approval.add(
                entry.get("movement").asString() + " " + entry.get("amount").asString() + " by " + entry.get("recordedBy").asString()
                        + " for " + entry.get("requestedBy").asString() + " " + entry.get("paymentRequestId").asString()));
        assertThat(approval).containsExactly("RELEASE 200000.00 by finance-office for payflow-clerk " + a,
                "SPEND 200000.00 by finance-office for payflow-clerk " + a);

        ReportTable summary = ReportTable.fetch(http, ledger.ledgerPath(), "01");
        assertThat(summary.cell("204", "amount")).as("100000 spent + 200000 approved").isEqualTo("30.00");
        ReportTable basicByEconomic = ReportTable.fetch(http, ledger.ledgerPath(), "06");
        assertThat(basicByEconomic.cell("30201", "amount")).isEqualTo("30.00");

        JsonNode asOfMay = http.getJson(ledger.ledgerPath() + "/payment-requests?asOf=2023-05-31").get("paymentRequests");
        assertThat(asOfMay).extracting(node -> node.get("status").asString()).containsExactly("PENDING", "PENDING", "PENDING");
        Instant beforeApproval = Instant.parse(approved.get("decidedAt").asString()).minusNanos(1_000);
        JsonNode known = http.getJson(ledger.ledgerPath() + "/payment-requests?knownAt=" + beforeApproval).get("paymentRequests");
        assertThat(request(known, a).get("status").asString()).isEqualTo("PENDING");
        assertThat(request(known, a).get("lineFigures").get("reserved").asString()).isEqualTo("210000.00");
        assertThat(http.get(ledger.ledgerPath() + "/payment-requests/" + a).status()).isEqualTo(200);
        Http.Answer unknown = http.get(ledger.ledgerPath() + "/payment-requests/PR-999");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text()).contains("PAYMENT_REQUEST_NOT_FOUND");
        Http viewer = TestUsers.ensure(http, "payflow-viewer", "PAYFLOW:VIEWER");
        assertThat(viewer.get(ledger.ledgerPath() + "/payment-requests").status())
                .as("the list names who asked and who decided: history's right").isEqualTo(403);
        assertLedgerConsistent(ledger.unit, ledger.year);
        LedgerAssertions.assertLedgerConsistent(http, ledger.unit, ledger.year, "asOf=2023-05-31");
    }

    /**
     * 2023: a transfer of 100000 from the basic line to a new one, an approved request of 200000
     * and a rejected one; the close carries every balance forward. 2024 opens with exactly them.
     * Basic 2040201: 1000000 − 100000 out − 100000 − 200000 spent = 600000; 2040219: 100000 in;
     * P1: 500000, nothing spent (its request was rejected).
     */
    @Test
    void aTransferAndAnApprovedRequestFeedTheCloseAndTheNextYearsOpening() {
        LedgerScenario first = new LedgerScenario(http, "PAYYEAR", 2023);
        Http clerk = TestUsers.ensure(http, "payyear-clerk", "PAYYEAR:RECORDER");
        first.open("两年测试单位");
        first.appropriate(BASIC, "1000000.00", "预-1", "2023-01-10");
        first.appropriate(P1, "500000.00", "预-2", "2023-01-10");
        first.spend(BASIC, "30201", "100000.00", "记-1", "2023-03-01");
        first.transfer(BASIC, OTHER_BASIC, "100000.00", "基本支出调剂", "调-1", "2023-04-01");
        String approved = first.requestPayment(clerk, BASIC, "30211", "200000.00", "申-1", "2023-05-20")
                .get("paymentRequestId").asString();
        String rejected = first.requestPayment(clerk, P1, "30213", "50000.00", "申-2", "2023-05-20")
                .get("paymentRequestId").asString();
        first.approvePayment(approved, "2023-06-01");
        first.rejectPayment(rejected, "重复申请", "2023-06-01");
        first.close("2023-12-31", "CARRY_FORWARD");
        awaitReadSide(first);

        Map<String, JsonNode> lines = linesByKey(first);
        assertThat(lines.get("2040201/BASIC").get("carriedOut").asString()).isEqualTo("600000.00");
        assertThat(lines.get("2040201/BASIC").get("budget").asString()).isEqualTo("900000.00");
        assertThat(lines.get("2040201/BASIC").get("spent").asString()).isEqualTo("300000.00");
        assertThat(lines.get("2040219/BASIC").get("carriedOut").asString()).isEqualTo("100000.00");
        assertThat(lines.get("2040202/PROJECT/PAY-P1").get("carriedOut").asString()).isEqualTo("500000.00");
        ReportTable summary = ReportTable.fetch(http, first.ledgerPath(), "01");
        assertThat(summary.cell("INCOME_GENERAL_BUDGET", "amount")).as("a transfer changes no income").isEqualTo("150.00");
        assertThat(summary.cell("EXPENDITURE_TOTAL", "amount")).isEqualTo("30.00");
        assertThat(summary.cell("CLOSING_BALANCE", "amount")).isEqualTo("120.00");
        ReportTable functions = ReportTable.fetch(http, first.ledgerPath(), "function-execution");
        assertThat(functions.cell("2040201", "budget")).isEqualTo("90.00");
        assertThat(functions.cell("2040219", "budget")).isEqualTo("10.00");
        assertLedgerConsistent(first.unit, first.year);

        LedgerScenario second = first.nextYear();
        second.open("两年测试单位");
        awaitReadSide(second);
        Map<String, JsonNode> opened = linesByKey(second);
        assertThat(opened.get("2040201/BASIC").get("carriedIn").asString()).isEqualTo("600000.00");
        assertThat(opened.get("2040219/BASIC").get("carriedIn").asString()).isEqualTo("100000.00");
        assertThat(opened.get("2040202/PROJECT/PAY-P1").get("carriedIn").asString()).isEqualTo("500000.00");
        assertThat(ReportTable.fetch(http, second.ledgerPath(), "01").cell("OPENING_BALANCE", "amount")).isEqualTo("120.00");
        assertLedgerConsistent(second.unit, second.year);
    }

    private Map<String, String> tables(LedgerScenario ledger) {
        Map<String, String> tables = new TreeMap<>();
        reportTexts(http, ledger.ledgerPath()).forEach((id, text) -> tables.put(id, text.replaceAll("\"sequence\":\\d+", "")));
        return tables;
    }

    private static JsonNode request(JsonNode requests, String id) {
        return QueryHttpTest.find(requests, node -> node.get("paymentRequestId").asString().equals(id));
    }
}
