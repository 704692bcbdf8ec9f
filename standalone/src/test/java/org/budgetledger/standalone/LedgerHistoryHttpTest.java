package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET …/history}: an auditor's view of a small ledger written here, every filter of the
 * contract, and the line's budget and available balance right after each entry.
 */
class LedgerHistoryHttpTest extends StandaloneTestSupport {

    private static final String UNIT = "HIST";
    private static final int YEAR = 2023;
    private static final String BUDGET_DOC = "测财〔2023〕1号";
    private static final String CUT_DOC = "测财〔2023〕2号";
    private static final String INCREASE_DOC = "测财〔2023〕3号";
    private static final Map<String, Object> BASIC = LedgerScenario.basicLine("2040201");
    private static final Map<String, Object> PROJECT = LedgerScenario.projectLine("2040202", "HIST-P01", "交通标志标线维护");

    private static boolean written;

    @BeforeEach
    synchronized void ledgerWritten() {
        if (written) {
            return;
        }
        LedgerScenario ledger = new LedgerScenario(http, UNIT, YEAR);
        ledger.open("审计追踪测试单位");                                                          // 1
        ledger.appropriate(BASIC, "100000.00", BUDGET_DOC, "2023-01-05");                        // 2
        ledger.appropriate(PROJECT, "50000.00", BUDGET_DOC, "2023-01-05");                       // 3
        ledger.spend(BASIC, "30201", "12000.00", "HIST-V1", "2023-02-10");                       // 4
        ledger.adjust(PROJECT, "DECREASE", "10000.00", "项目压减", CUT_DOC, "2023-03-01");         // 5
        ledger.spend(PROJECT, "30213", "15000.00", "HIST-V2", "2023-04-01");                     // 6
        ledger.reverse("HIST-V1", "凭证录入错误", "2023-05-01");                                   // 7
        ledger.adjust(BASIC, "INCREASE", "5000.00", "追加公用经费", INCREASE_DOC, "2023-06-01");    // 8
        ledger.threePublicBudget("RECEPTION", "1000.00", INCREASE_DOC, "2023-06-01");           // 9
        awaitReadSide(ledger);
        written = true;
    }

    @AfterEach
    void ledgerStaysConsistent() {
        assertLedgerConsistent(UNIT, YEAR);
    }

    @Test
    void historyListsEveryEntryInOrderWithItsAuditFields() {
        JsonNode answer = history("");
        assertThat(answer.get("sequence").asLong()).isEqualTo(9);
        List<JsonNode> entries = list(answer.get("entries"));
        assertThat(sequences(entries)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(entries).extracting(entry -> entry.get("type").asString()).containsExactly("LedgerOpened",
                "FundsAppropriated", "FundsAppropriated", "ExpenditureRecorded", "BudgetAdjusted", "ExpenditureRecorded",
                "ExpenditureReversed", "BudgetAdjusted", "ThreePublicBudgetSet");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.get("recordedBy").asString()).isEqualTo("finance-office");
            assertThat(entry.get("recordedAt").asString()).endsWith("Z");
        });

        JsonNode cut = entries.get(4);
        assertThat(cut.get("effectiveDate").asString()).isEqualTo("2023-03-01");
        assertThat(cut.get("documentNo").asString()).isEqualTo(CUT_DOC);
        assertThat(cut.get("reason").asString()).isEqualTo("项目压减");
        assertThat(cut.get("amount").asString()).isEqualTo("10000.00");
        assertThat(cut.get("line").get("projectCode").asString()).isEqualTo("HIST-P01");
        assertThat(cut.get("line").get("projectName").asString()).isEqualTo("交通标志标线维护");

        JsonNode payment = entries.get(3);
        assertThat(payment.get("voucherNo").asString()).isEqualTo("HIST-V1");
        assertThat(payment.get("economicCode").asString()).isEqualTo("30201");
        assertThat(payment.get("amount").asString()).isEqualTo("12000.00");

        JsonNode reversal = entries.get(6);
        assertThat(reversal.get("voucherNo").asString()).isEqualTo("HIST-V1");
        assertThat(reversal.get("reason").asString()).isEqualTo("凭证录入错误");
        assertThat(reversal.get("amount").asString()).isEqualTo("12000.00");

        JsonNode receptionBudget = entries.get(8);
        assertThat(receptionBudget.get("category").asString()).isEqualTo("RECEPTION");
        assertThat(receptionBudget.get("amount").asString()).isEqualTo("1000.00");
    }

    @Test
    void eachEntryShowsItsLinesBudgetAndAvailableRightAfterIt() {
        List<JsonNode> entries = list(history("").get("entries"));
        List<String> figures = entries.stream().map(entry -> entry.has("budget")
                ? entry.get("budget").asString() + "/" + entry.get("available").asString() : "-").toList();
        assertThat(figures).containsExactly(
                "-",                     // opened: no line
                "100000.00/100000.00",   // basic appropriated
                "50000.00/50000.00",     // project appropriated
                "100000.00/88000.00",    // basic spends 12000
                "40000.00/40000.00",     // project cut by 10000
                "40000.00/25000.00",     // project spends 15000
                "100000.00/100000.00",   // the basic payment reversed
                "105000.00/105000.00",   // basic increased by 5000
                "-");                    // 三公 budget: no line
    }

    @Test
    void lineFieldsFilterTheHistoryOfOneLine() {
        assertThat(sequences("fund=GENERAL_BUDGET")).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(sequences("functionCode=2040201")).containsExactly(2L, 4L, 7L, 8L);
        assertThat(sequences("nature=PROJECT")).containsExactly(3L, 5L, 6L);
        assertThat(sequences("fund=GENERAL_BUDGET&functionCode=2040201&nature=BASIC")).containsExactly(2L, 4L, 7L, 8L);
        assertThat(sequences("fund=UNIT_FUNDS")).isEmpty();
    }

    @Test
    void projectCodeFiltersTheHistoryOfAProject() {
        assertThat(sequences("projectCode=HIST-P01")).containsExactly(3L, 5L, 6L);
        assertThat(sequences("projectCode=NO-SUCH-PROJECT")).isEmpty();
    }

    @Test
    void documentNoFindsTheEntriesOfADocumentOrVoucher() {
        assertThat(sequences("documentNo=" + Http.q(BUDGET_DOC))).containsExactly(2L, 3L);
        assertThat(sequences("documentNo=" + Http.q(INCREASE_DOC))).containsExactly(8L, 9L);
        assertThat(sequences("documentNo=HIST-V1")).containsExactly(4L, 7L);
        assertThat(sequences("documentNo=HIST-V2")).containsExactly(6L);
    }

    @Test
    void typeFiltersByEntryType() {
        assertThat(sequences("type=ExpenditureRecorded")).containsExactly(4L, 6L);
        assertThat(sequences("type=BudgetAdjusted")).containsExactly(5L, 8L);
        assertThat(sequences("type=ExpenditureReversed")).containsExactly(7L);
        assertThat(sequences("type=LedgerOpened")).containsExactly(1L);
    }

    @Test
    void fromAndToFilterByEffectiveDateInclusive() {
        assertThat(sequences("from=2023-03-01&to=2023-05-01")).containsExactly(5L, 6L, 7L);
        assertThat(sequences("from=2023-06-01")).containsExactly(8L, 9L);
        assertThat(sequences("to=2023-01-04")).containsExactly(1L);
        assertProblem(http.get("/api/v1/ledgers/" + UNIT + "/" + YEAR + "/history?from=2023-02-30"));
    }

    @Test
    void aFilterHoldingTheNulCharacterIsRefusedOnItsParameter() {
        // Found by FuzzTest: PostgreSQL text cannot hold NUL, and the filter reached the database.
        Http.Answer answer = http.get("/api/v1/ledgers/" + UNIT + "/" + YEAR + "/history?documentNo=%00&type=ExpenditureRecorded");
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(answer.text()).contains("documentNo", "NUL");
        assertThat(sequences("documentNo=%E8%AE%B0-1")).as("an ordinary filter still answers").isNotNull();
    }

    @Test
    void filteredEntriesStillShowTheLinesRunningFigures() {
        List<JsonNode> cuts = list(history("type=BudgetAdjusted&nature=PROJECT").get("entries"));
        assertThat(cuts).hasSize(1);
        assertThat(cuts.get(0).get("budget").asString()).isEqualTo("40000.00");
        assertThat(cuts.get(0).get("available").asString()).isEqualTo("40000.00");

        List<JsonNode> late = list(history("functionCode=2040201&from=2023-05-01").get("entries"));
        assertThat(late).extracting(entry -> entry.get("available").asString()).containsExactly("100000.00", "105000.00");
    }

    private JsonNode history(String query) {
        return http.getJson("/api/v1/ledgers/" + UNIT + "/" + YEAR + "/history" + (query.isEmpty() ? "" : "?" + query));
    }

    private List<Long> sequences(String query) {
        return sequences(list(history(query).get("entries")));
    }

    private static List<Long> sequences(List<JsonNode> entries) {
        return entries.stream().map(entry -> entry.get("sequence").asLong()).toList();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private static void assertProblem(Http.Answer answer) {
        QueryHttpTest.assertProblem(answer, 400, "VALIDATION_FAILED");
    }
}
