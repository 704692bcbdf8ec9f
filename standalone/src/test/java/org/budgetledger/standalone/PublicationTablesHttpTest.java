package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.standalone.LedgerScenario.basicLine;
import static org.budgetledger.standalone.LedgerScenario.projectLine;
import static org.budgetledger.standalone.LedgerScenario.unitFundsLine;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The 政府采购支出 and 一般性支出 tables through HTTP, on small ledgers written here, with figures
 * computed by hand; and what the history lists of the new entries.
 */
class PublicationTablesHttpTest extends StandaloneTestSupport {

    private static final Map<String, Object> BASIC = basicLine("2040201");
    private static final Map<String, Object> PROJECT = projectLine("2040202", "P01", "交通设施维护");

    @Test
    void procurementSumsExpendituresAndApprovedRequestsOfEveryFundLessReversals() {
        LedgerScenario ledger = new LedgerScenario(http, "PUBPROC", 2023);
        Http clerk = TestUsers.ensure(http, "pubproc-clerk", "PUBPROC:RECORDER");
        ledger.open("采购测试单位");
        ledger.appropriate(BASIC, "900000.00", "株财预〔2023〕1号", "2023-01-10");
        ledger.appropriate(PROJECT, "900000.00", "株财预〔2023〕1号", "2023-01-10");
        ledger.receive(unitFundsLine("2040201", "BASIC", null, null), "OTHER", "100000.00", "R-1", "2023-02-01");
        ledger.spendProcured(BASIC, "31002", "123456.78", "V-1", "2023-03-01", "GOODS", "SMALL_MICRO");
        ledger.spendProcured(PROJECT, "30213", "200000.00", "V-2", "2023-03-02", "WORKS", "MEDIUM");
        ledger.spendProcured(unitFundsLine("2040201", "BASIC", null, null), "30227", "50000.00", "V-3", "2023-03-03",
                "SERVICES", "LARGE");
        ledger.spendProcured(BASIC, "31003", "99999.00", "V-4", "2023-03-04", "GOODS", "MEDIUM");
        ledger.reverse("V-4", "重复入账", "2023-03-05");
        ledger.spend(BASIC, "30201", "70000.00", "V-5", "2023-03-06");
        JsonNode approved = ledger.requestProcuredPayment(clerk, PROJECT, "30227", "26543.22", "V-6", "2023-04-01", "SERVICES",
                "SMALL_MICRO");
        ledger.approvePayment(approved.get("paymentRequestId").asString(), "2023-04-02");
        JsonNode rejected = ledger.requestProcuredPayment(clerk, PROJECT, "30227", "80000.00", "V-7", "2023-04-03", "SERVICES",
                "MEDIUM");
        ledger.rejectPayment(rejected.get("paymentRequestId").asString(), "合同未签", "2023-04-04");
        ledger.requestProcuredPayment(clerk, PROJECT, "30227", "60000.00", "V-8", "2023-04-05", "SERVICES", "MEDIUM");

        ReportTable table = ReportTable.fetch(http, ledger.ledgerPath(), "procurement", "minSequence=" + ledger.sequence);

        // Goods 123456.78 (V-4 reversed); works 200000; services 50000 (unit funds) + 26543.22 approved; the
        // rejected and the pending request are not spent. Total 400000.00. SMEs 123456.78 + 200000 + 26543.22.
        assertThat(table.cell("GOODS", "amount")).isEqualTo("12.35");
        assertThat(table.cell("WORKS", "amount")).isEqualTo("20.00");
        assertThat(table.cell("SERVICES", "amount")).isEqualTo("7.65");
        assertThat(table.cell("TOTAL", "amount")).isEqualTo("40.00");
        assertThat(table.cell("SME", "amount")).isEqualTo("35.00");
        assertThat(table.cell("SMALL_MICRO", "amount")).isEqualTo("15.00");
        assertThat(table.cell("GOODS", "sharePct")).as("123456.78 / 400000").isEqualTo("30.86");
        assertThat(table.cell("SERVICES", "sharePct")).as("76543.22 / 400000").isEqualTo("19.14");
        assertThat(table.cell("SME", "sharePct")).as("350000.00 / 400000").isEqualTo("87.50");
        assertThat(table.cell("SMALL_MICRO", "sharePct")).as("150000.00 / 400000").isEqualTo("37.50");
        assertThat(table.cell("TOTAL", "sharePct")).isEqualTo("100.00");

        ReportTable before = ReportTable.fetch(http, ledger.ledgerPath(), "procurement", "asOf=2023-03-04");
        assertThat(before.cell("GOODS", "amount")).as("as of the day before the reversal").isEqualTo("22.35");
        assertThat(before.cell("SERVICES", "amount")).isEqualTo("5.00");

        JsonNode history = http.getJson(ledger.ledgerPath() + "/history?type=SPEND");
        JsonNode first = history.get("entries").get(0);
        assertThat(first.get("procurement").get("method").asString()).isEqualTo("GOODS");
        assertThat(first.get("procurement").get("supplierSize").asString()).isEqualTo("SMALL_MICRO");
    }

    @Test
    void generalCostsCompareMeetingAndTrainingWithTheirBudgetsAndOperatingCostsWithThePreviousYear() {
        LedgerScenario first = new LedgerScenario(http, "PUBGEN", 2023);
        first.open("一般性支出测试单位");
        first.appropriate(BASIC, "500000.00", "株财预〔2023〕1号", "2023-01-10");
        first.spend(BASIC, "30201", "100000.00", "V-1", "2023-02-01");
        first.spend(BASIC, "30101", "300000.00", "V-2", "2023-02-01");
        first.close("2023-12-31", "RECOVER");

        LedgerScenario second = first.nextYear();
        second.open("一般性支出测试单位");
        second.appropriate(BASIC, "800000.00", "株财预〔2024〕1号", "2024-01-10");
        second.appropriate(PROJECT, "100000.00", "株财预〔2024〕1号", "2024-01-10");
        second.controlBudget("MEETING", "30000.00", "株财预〔2024〕1号", "2024-01-10");
        second.controlBudget("OPERATING_COSTS", "150000.00", "株财预〔2024〕1号", "2024-01-10");
        second.statement("PRIOR_YEAR", Map.of("OPERATING_COSTS", "999999.00"), "2024-01-10");
        second.spend(BASIC, "30215", "8200.00", "V-1", "2024-03-01");
        second.spend(PROJECT, "30215", "5600.00", "V-2", "2024-03-02");
        second.spend(BASIC, "30201", "120000.00", "V-3", "2024-03-03");
        second.spend(BASIC, "31002", "6800.00", "V-4", "2024-03-04");
        second.spend(BASIC, "30101", "200000.00", "V-5", "2024-03-05");

        // minSequence waits for the asked ledger alone, and 2023's entries may be in another segment of the projections,
        // applied later: read 2023 at its last entry first, as a client that wrote both years would.
        ReportTable.fetch(http, first.ledgerPath(), "06", "minSequence=" + first.sequence);
        ReportTable table = ReportTable.fetch(http, second.ledgerPath(), "general-costs", "minSequence=" + second.sequence);

        assertThat(table.cell("MEETING", "budget")).isEqualTo("3.00");
        assertThat(table.cell("MEETING", "spent")).as("8200 basic + 5600 project").isEqualTo("1.38");
        assertThat(table.cell("MEETING", "executionPct")).as("13800 / 30000").isEqualTo("46.00");
        assertThat(table.cell("MEETING", "priorYear")).isNull();
        assertThat(table.cell("TRAINING", "budget")).isNull();
        assertThat(table.cell("TRAINING", "spent")).isEqualTo("0.00");
        assertThat(table.cell("TRAINING", "executionPct")).isNull();
        // 公用经费 of general-budget basic spending: 8200 + 120000 + 6800 (the project's 5600 and 人员经费 are not).
        assertThat(table.cell("OPERATING_COSTS", "spent")).isEqualTo("13.50")
                .isEqualTo(ReportTable.fetch(http, second.ledgerPath(), "06").cell("PUBLIC_TOTAL", "amount"));
        assertThat(table.cell("OPERATING_COSTS", "budget")).isEqualTo("15.00");
        assertThat(table.cell("OPERATING_COSTS", "executionPct")).as("135000 / 150000").isEqualTo("90.00");
        assertThat(table.cell("OPERATING_COSTS", "priorYear")).as("2023 is in the books: its 公用经费, not the statement")
                .isEqualTo("10.00");

        JsonNode history = http.getJson(second.ledgerPath() + "/history?type=ControlBudgetSet");
        assertThat(history.get("entries").get(0).get("category").asString()).isEqualTo("MEETING");
        assertThat(history.get("entries").get(0).get("amount").asString()).isEqualTo("30000.00");
        JsonNode statements = http.getJson(second.ledgerPath() + "/history?type=StatementRecorded");
        assertThat(statements.get("entries").get(0).get("figures").get("OPERATING_COSTS").asString()).isEqualTo("999999.00");
    }

    @Test
    void withoutThePreviousYearInTheBooksThePriorYearComesFromTheStatement() {
        LedgerScenario ledger = new LedgerScenario(http, "PUBSTAT", 2023);
        ledger.open("上年声明测试单位");
        ledger.statement("PRIOR_YEAR", Map.of("OPERATING_COSTS", "82688800.00"), "2023-01-06");

        ReportTable table = ReportTable.fetch(http, ledger.ledgerPath(), "general-costs", "minSequence=" + ledger.sequence);

        assertThat(table.cell("OPERATING_COSTS", "priorYear")).isEqualTo("8268.88");
        assertThat(table.cell("OPERATING_COSTS", "spent")).isEqualTo("0.00");
        assertThat(table.cell("OPERATING_COSTS", "budget")).isNull();
        assertThat(ReportTable.fetch(http, ledger.ledgerPath(), "general-costs", "asOf=2023-01-05")
                .cell("OPERATING_COSTS", "priorYear")).as("not yet stated on that day").isNull();
    }
}
