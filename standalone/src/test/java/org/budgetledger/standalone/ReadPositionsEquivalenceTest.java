package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.query.entries.EntryRows;
import org.budgetledger.query.entries.LedgerHistory;
import org.budgetledger.query.entries.ReferenceHistory;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.position.LedgerPositions;
import org.budgetledger.query.position.ReferencePositions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The ready positions and the history in SQL against the way both were computed before, from
 * every row one at a time in Java: a current position from the running totals, positions as of
 * a date and as known at a time from the database's sums, the history's running budget and
 * available from its window, and its pages, over a ledger with every kind of entry.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadPositionsEquivalenceTest extends StandaloneTestSupport {

    private static final Map<String, Object> BASIC = LedgerScenario.basicLine("2040201");
    private static final Map<String, Object> OTHER_BASIC = LedgerScenario.basicLine("2040219");
    private static final Map<String, Object> P1 = LedgerScenario.projectLine("2040202", "EQV-P1", "标志标线维护");
    private static final Map<String, Object> P2 = LedgerScenario.projectLine("2040202", "EQV-P2", "信号灯改造");
    private static final Map<String, Object> OWN = LedgerScenario.unitFundsLine("2040201", "BASIC", null, null);

    @Autowired
    LedgerPositions positions;

    @Autowired
    LedgerHistory history;

    @Autowired
    EntryRows rows;

    private LedgerScenario ledger;
    private final List<Instant> knownAts = new ArrayList<>();

    @BeforeAll
    void writeAYearWithEveryKindOfEntry() {
        connect();
        ledger = new LedgerScenario(http, "EQUIV", 2023);
        Http clerk = TestUsers.ensure(http, "equiv-clerk", "EQUIV:RECORDER");
        ledger.open("等价测试单位", List.of(LedgerScenario.openingBalance(BASIC, "3000.00", "BASIC_CARRY_OVER"),
                LedgerScenario.openingBalance(P1, "5000.00", "PROJECT_CARRY_OVER"),
                LedgerScenario.openingBalance(P1, "700.00", "PROJECT_SURPLUS")));
        ledger.appropriate(BASIC, "100000.00", "预-1", "2023-01-10");
        ledger.appropriate(P1, "50000.00", "预-2", "2023-01-10");
        ledger.appropriate(P2, "20000.00", "预-3", "2023-01-12");
        ledger.threePublicBudget("RECEPTION", "1000.00", "三-1", "2023-01-15");
        ledger.threePublicBudget("VEHICLE_OPERATION", "2000.00", "三-2", "2023-01-15");
        ledger.receive(OWN, "BUSINESS", "8000.00", "收-1", "2023-01-20");
        ledger.spend(OWN, "30201", "2000.00", "记-0", "2023-01-25");
        ledger.spend(BASIC, "30201", "1200.00", "记-1", "2023-02-01");
        spendWithStatistics("记-2", "2023-04-01");
        knownAts.add(now());
        ledger.adjust(BASIC, "INCREASE", "5000.00", "年中追加", "调-1", "2023-03-01");
        ledger.adjust(P1, "DECREASE", "2000.00", "年中压减", "调-2", "2023-03-02");
        ledger.transfer(BASIC, OTHER_BASIC, "3000.00", "调剂", "剂-1", "2023-03-15");
        ledger.spend(P1, "30213", "4000.00", "记-3", "2023-05-01");
        ledger.reverse("记-1", "录错", "2023-06-15");
        ledger.threePublicBudget("RECEPTION", "1500.00", "三-3", "2023-06-01");
        String approved = ledger.requestPayment(clerk, BASIC, "30201", "500.00", "申-1", "2023-07-01").get("paymentRequestId").asString();
        String rejected = ledger.requestPayment(clerk, P1, "30213", "300.00", "申-2", "2023-07-01").get("paymentRequestId").asString();
        String pending = ledger.requestPayment(clerk, BASIC, "30201", "200.00", "申-3", "2023-07-02").get("paymentRequestId").asString();
        ledger.approvePayment(approved, "2023-07-05");
        ledger.rejectPayment(rejected, "金额有误", "2023-07-06");
        http.command(ledger.ledgerPath() + "/performance-targets", Http.JSON.writeValueAsString(Map.of("requestId", "eqv-pt-1",
                "scope", Map.of("projectCode", "EQV-P1"), "overallGoal", "确保交通设施科学规范",
                "indicators", List.of(Map.of("code", "OUT-1", "level1", "OUTPUT", "level2", "QUANTITY", "name", "新建标牌",
                        "comparator", ">=", "target", "300", "unit", "套", "weight", "90")),
                "documentNo", "绩-1", "effectiveDate", "2023-01-20")));
        result(clerk, "eqv-r-1", "200", "2023-09-30");
        result(clerk, "eqv-r-2", "345", "2023-12-20");
        knownAts.add(now());
        ledger.approvePayment(pending, "2023-12-21");
        ledger.close("2024-01-31", "CARRY_FORWARD", List.of(LedgerScenario.disposition(P2, "SURPLUS"),
                LedgerScenario.disposition(OTHER_BASIC, "RECOVER")));
        awaitReadSide(ledger);
        knownAts.add(now());
    }

    @Test
    void positionsFromTheTotalsEqualPositionsFromEveryRow() {
        String id = ledgerId();
        assertSamePosition(id, null, null);
        for (String asOf : List.of("2023-01-10", "2023-03-01", "2023-06-30", "2023-07-03", "2023-12-31", "2024-01-31")) {
            assertSamePosition(id, LocalDate.parse(asOf), null);
        }
        for (Instant knownAt : knownAts) {
            assertSamePosition(id, null, knownAt);
            assertSamePosition(id, LocalDate.parse("2023-06-30"), knownAt);
        }
    }

    @Test
    void theHistoryFromTheDatabaseEqualsTheHistoryAddedUpInJava() {
        for (LedgerHistory.Filter filter : filters()) {
            assertThat(history.entries(ledgerId(), filter)).as("%s", filter)
                    .isEqualTo(ReferenceHistory.fromEveryRow(rows, ledgerId(), filter));
        }
        assertThat(history.entries(ledgerId(), filters().get(0))).hasSize(rows.of(ledgerId(), null, null).size());
    }

    @Test
    void pagesOfTheHistoryAddUpToTheWholeHistory() {
        for (String query : List.of("", "&fund=GENERAL_BUDGET", "&functionCode=2040202", "&type=PaymentApproved",
                "&documentNo=记-1", "&from=2023-03-01&to=2023-07-05", "&projectCode=NONE")) {
            JsonNode whole = http.getJson(ledger.ledgerPath() + "/history?" + query);
            long total = whole.get("total").asLong();
            assertThat(total).as(query).isEqualTo(whole.get("entries").size());
            List<JsonNode> paged = new ArrayList<>();
            for (int page = 0; page * 4 <= total; page++) {
                JsonNode answer = http.getJson(ledger.ledgerPath() + "/history?page=" + page + "&size=4" + query);
                assertThat(answer.get("total").asLong()).as(query + " page " + page).isEqualTo(total);
                assertThat(answer.get("sequence").asLong()).isEqualTo(whole.get("sequence").asLong());
                answer.get("entries").forEach(paged::add);
            }
            List<JsonNode> all = new ArrayList<>();
            whole.get("entries").forEach(all::add);
            assertThat(paged).as(query).isEqualTo(all);
        }
    }

    @Test
    void aPageOutsideItsBoundsIsRefused() {
        for (String query : List.of("size=0", "size=1001", "page=-1&size=5", "page=2")) {
            Http.Answer answer = http.get(ledger.ledgerPath() + "/history?" + query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        }
    }

    private void assertSamePosition(String id, LocalDate asOf, Instant knownAt) {
        LedgerPosition ready = positions.of(id, asOf, knownAt);
        LedgerPosition reference = ReferencePositions.fromEveryRow(positions, id, asOf, knownAt);
        assertThat(ready).as("asOf %s knownAt %s", asOf, knownAt).isEqualTo(reference);
        // Equal maps may differ in order; the evaluation's scopes come in the order first set.
        assertThat(List.copyOf(ready.evaluation().targets().keySet()))
                .isEqualTo(List.copyOf(reference.evaluation().targets().keySet()));
        assertThat(List.copyOf(ready.evaluation().results().keySet()))
                .isEqualTo(List.copyOf(reference.evaluation().results().keySet()));
    }

    private static List<LedgerHistory.Filter> filters() {
        List<LedgerHistory.Filter> filters = new ArrayList<>();
        filters.add(new LedgerHistory.Filter(null, null, null, null, null, null, null, null));
        filters.add(new LedgerHistory.Filter("GENERAL_BUDGET", null, null, null, null, null, null, null));
        filters.add(new LedgerHistory.Filter("UNIT_FUNDS", null, null, null, null, null, null, null));
        filters.add(new LedgerHistory.Filter(null, "2040202", "PROJECT", null, null, null, null, null));
        filters.add(new LedgerHistory.Filter(null, null, null, "EQV-P1", null, null, null, null));
        filters.add(new LedgerHistory.Filter(null, null, null, null, "记-1", null, null, null));
        filters.add(new LedgerHistory.Filter(null, null, null, null, "预-2", null, null, null));
        filters.add(new LedgerHistory.Filter(null, null, null, null, null, "SPEND", null, null));
        filters.add(new LedgerHistory.Filter(null, null, null, null, null, "YearClosed", null, null));
        filters.add(new LedgerHistory.Filter(null, null, null, null, null, null, LocalDate.parse("2023-03-01"),
                LocalDate.parse("2023-07-05")));
        filters.add(new LedgerHistory.Filter("GENERAL_BUDGET", "2040201", "BASIC", null, null, "PaymentApproved", null,
                LocalDate.parse("2023-12-31")));
        return filters;
    }

    private String ledgerId() {
        return ledger.unit + "/" + ledger.year;
    }

    /** An instant strictly after everything recorded so far, and before anything recorded next. */
    private static Instant now() {
        Instant now = Instant.now();
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return now;
    }

    private void spendWithStatistics(String voucherNo, String effectiveDate) {
        http.command(ledger.ledgerPath() + "/expenditures", Http.JSON.writeValueAsString(new LinkedHashMap<>(Map.of(
                "requestId", "eqv-statistics-" + effectiveDate, "line", BASIC, "economicCode", "30217", "amount", "600.00",
                "voucherNo", voucherNo, "effectiveDate", effectiveDate, "payee", "接待单位",
                "statistics", Map.of("receptionBatches", 1, "receptionGuests", 6)))));
    }

    private void result(Http clerk, String requestId, String actual, String effectiveDate) {
        clerk.command(ledger.ledgerPath() + "/performance-results", Http.JSON.writeValueAsString(Map.of("requestId", requestId,
                "scope", Map.of("projectCode", "EQV-P1"), "indicatorCode", "OUT-1", "actual", actual,
                "deviationReason", "进度滞后", "effectiveDate", effectiveDate)));
    }
}
