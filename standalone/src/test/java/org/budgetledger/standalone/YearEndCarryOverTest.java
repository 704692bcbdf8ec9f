package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two consecutive years of three units: each closes its first year, opens the next from it,
 * and every table shows the balances at both ends. Figures in the comments are computed by
 * hand from the entries (万元 = 10,000 yuan).
 */
class YearEndCarryOverTest extends StandaloneTestSupport {

    private static final Map<String, Object> BASIC = LedgerScenario.basicLine("2040201");
    private static final Map<String, Object> P1 = LedgerScenario.projectLine("2040202", "P1", "标志标线维护");
    private static final Map<String, Object> P2 = LedgerScenario.projectLine("2040299", "P2", "设备购置");
    private static final Map<String, Object> P3 = LedgerScenario.projectLine("2040220", "P3", "执法办案保障");

    /**
     * Fiscal basic and project lines closed with all three dispositions: the basic balance and P3
     * carry forward (结转), P1 is kept as a surplus (结余), P2 is recovered (收回). The next year
     * opens with exactly the carried amounts, spends and cuts them, and carries them again.
     */
    @Test
    void aCloseWithEveryDispositionOpensTheNextYearWithExactlyTheCarriedBalances() {
        LedgerScenario first = new LedgerScenario(http, "CARRY1", 2023);
        first.open("结转测试单位");
        first.appropriate(BASIC, "1000000.00", "预-1", "2023-01-10");
        first.spend(BASIC, "30201", "800000.00", "记-1", "2023-05-10");
        first.appropriate(P1, "500000.00", "预-2", "2023-01-10");
        first.spend(P1, "30213", "300000.00", "记-2", "2023-06-10");
        first.appropriate(P2, "400000.00", "预-3", "2023-01-10");
        first.adjust(P2, "INCREASE", "100000.00", "年中追加", "调-1", "2023-07-01");
        first.spend(P2, "31003", "350000.00", "记-3", "2023-08-10");
        first.appropriate(P3, "300000.00", "预-4", "2023-01-10");
        first.adjust(P3, "DECREASE", "50000.00", "年中压减", "调-2", "2023-07-01");
        first.spend(P3, "30226", "100000.00", "记-4", "2023-09-10");
        first.close("2024-01-31", "CARRY_FORWARD",
                List.of(LedgerScenario.disposition(P1, "SURPLUS"), LedgerScenario.disposition(P2, "RECOVER")));
        awaitReadSide(first);

        // Budgets 100 + 50 + 50 + 25 = 225; income = budget − recovered 15 = 210; spent 155; closing 55.
        Map<String, JsonNode> lines = linesByKey(first);
        assertFigures(lines.get("2040201/BASIC"), "0.00", "1000000.00", "800000.00", "0.00", "200000.00", "0.00");
        assertFigures(lines.get("2040202/PROJECT/P1"), "0.00", "500000.00", "300000.00", "0.00", "0.00", "200000.00");
        assertFigures(lines.get("2040299/PROJECT/P2"), "0.00", "500000.00", "350000.00", "150000.00", "0.00", "0.00");
        assertFigures(lines.get("2040220/PROJECT/P3"), "0.00", "250000.00", "100000.00", "0.00", "150000.00", "0.00");

        ReportTable summary = ReportTable.fetch(http, first.ledgerPath(), "01");
        assertThat(summary.cell("INCOME_GENERAL_BUDGET", "amount")).isEqualTo("210.00");
        assertThat(summary.cell("INCOME_TOTAL", "amount")).isEqualTo("210.00");
        assertThat(summary.cell("OPENING_BALANCE", "amount")).isEqualTo("0.00");
        assertThat(summary.cell("GRAND_TOTAL_INCOME", "amount")).isEqualTo("210.00");
        assertThat(summary.cell("204", "amount")).isEqualTo("155.00");
        assertThat(summary.cell("EXPENDITURE_TOTAL", "amount")).isEqualTo("155.00");
        assertThat(summary.cell("CLOSING_BALANCE", "amount")).isEqualTo("55.00");
        assertThat(summary.cell("GRAND_TOTAL_EXPENDITURE", "amount")).isEqualTo("210.00");

        ReportTable fiscal = ReportTable.fetch(http, first.ledgerPath(), "04");
        assertThat(fiscal.cell("INCOME_GENERAL_BUDGET", "generalBudget")).isEqualTo("210.00");
        assertThat(fiscal.cell("CLOSING_GENERAL_BUDGET", "generalBudget")).isEqualTo("55.00");

        // 05: income basic 100, project 50 + (50 − 15) + 25 = 110; closing basic 20, carry-over 15, surplus 20.
        ReportTable generalBudget = ReportTable.fetch(http, first.ledgerPath(), "05");
        assertRow(generalBudget, "TOTAL", Map.of("openingTotal", "0.00", "incomeTotal", "210.00", "incomeBasic", "100.00",
                "incomeProject", "110.00", "expenditureTotal", "155.00", "expenditureBasic", "80.00",
                "expenditureProject", "75.00", "closingTotal", "55.00", "closingBasic", "20.00"));
        assertRow(generalBudget, "TOTAL", Map.of("closingProjectCarryOver", "15.00", "closingProjectSurplus", "20.00"));
        assertRow(generalBudget, "2040299", Map.of("incomeTotal", "35.00", "expenditureTotal", "35.00", "closingTotal", "0.00"));
        assertLedgerConsistent(first.unit, first.year);

        LedgerScenario second = first.nextYear();
        second.open("结转测试单位");
        awaitReadSide(second);
        // P2 was recovered: it does not come back. The others come in by kind.
        Map<String, JsonNode> opened = linesByKey(second);
        assertThat(opened.keySet()).containsExactlyInAnyOrder("2040201/BASIC", "2040202/PROJECT/P1", "2040220/PROJECT/P3");
        assertThat(opened.get("2040201/BASIC").get("carriedIn").asString()).isEqualTo("200000.00");
        assertThat(opened.get("2040202/PROJECT/P1").get("carriedIn").asString()).isEqualTo("200000.00");
        assertThat(opened.get("2040220/PROJECT/P3").get("carriedIn").asString()).isEqualTo("150000.00");
        ReportTable openingGeneralBudget = ReportTable.fetch(http, second.ledgerPath(), "05");
        assertRow(openingGeneralBudget, "TOTAL", Map.of("openingTotal", "55.00", "openingBasic", "20.00",
                "openingProject", "35.00", "incomeTotal", "0.00", "closingTotal", "55.00"));
        assertThat(ReportTable.fetch(http, second.ledgerPath(), "01").cell("OPENING_BALANCE", "amount")).isEqualTo("55.00");
        assertThat(ReportTable.fetch(http, second.ledgerPath(), "04").cell("OPENING_GENERAL_BUDGET", "generalBudget"))
                .isEqualTo("55.00");

        // Balances brought in can be spent, cut and carried again: spend 5 of the basic balance,
        // cut 5 of P3's; income −5, spent 5, closing 55 − 5 − 5 = 45 (basic 15, P1 20, P3 10).
        second.spend(BASIC, "30201", "50000.00", "记-1", "2024-03-10");
        second.adjust(P3, "DECREASE", "50000.00", "项目调整", "调-1", "2024-04-01");
        second.close("2025-01-31", "CARRY_FORWARD");
        awaitReadSide(second);
        ReportTable secondSummary = ReportTable.fetch(http, second.ledgerPath(), "01");
        assertThat(secondSummary.cell("OPENING_BALANCE", "amount")).isEqualTo("55.00");
        assertThat(secondSummary.cell("INCOME_GENERAL_BUDGET", "amount")).isEqualTo("-5.00");
        assertThat(secondSummary.cell("EXPENDITURE_TOTAL", "amount")).isEqualTo("5.00");
        assertThat(secondSummary.cell("CLOSING_BALANCE", "amount")).isEqualTo("45.00");
        assertRow(ReportTable.fetch(http, second.ledgerPath(), "05"), "TOTAL", Map.of("closingBasic", "15.00",
                "closingProjectCarryOver", "30.00", "closingProjectSurplus", "0.00"));
        assertLedgerConsistent(second.unit, second.year);

        LedgerScenario third = second.nextYear();
        third.open("结转测试单位");
        awaitReadSide(third);
        Map<String, JsonNode> thirdLines = linesByKey(third);
        assertThat(thirdLines.get("2040201/BASIC").get("carriedIn").asString()).isEqualTo("150000.00");
        assertThat(thirdLines.get("2040202/PROJECT/P1").get("carriedIn").asString()).isEqualTo("200000.00");
        assertThat(thirdLines.get("2040220/PROJECT/P3").get("carriedIn").asString()).isEqualTo("100000.00");
        // P1's surplus was carried forward this time, so it comes in as project carry-over.
        assertRow(ReportTable.fetch(http, third.ledgerPath(), "05"), "TOTAL", Map.of("openingTotal", "45.00",
                "openingBasic", "15.00", "openingProject", "30.00"));
        assertLedgerConsistent(third.unit, third.year);
    }

    /**
     * The unit's only non-fiscal money is 其他收入, received and kept; its fiscal balance brought
     * in is carried unchanged through the year while the year's appropriation is spent in full.
     */
    @Test
    void otherIncomeKeptUnspentAndAnUntouchedFiscalBalanceCarryIntoTheNextYear() {
        Map<String, Object> unitFunds = LedgerScenario.unitFundsLine("2040201", "BASIC", null, null);
        LedgerScenario first = new LedgerScenario(http, "CARRY2", 2023);
        first.open("其他收入单位", List.of(LedgerScenario.openingBalance(BASIC, "300000.00", "BASIC_CARRY_OVER")));
        first.appropriate(BASIC, "1000000.00", "预-1", "2023-01-10");
        first.spend(BASIC, "30101", "1000000.00", "记-1", "2023-12-20");
        first.receive(unitFunds, "OTHER", "120000.00", "收-1", "2023-06-30");
        first.close("2024-01-15", "CARRY_FORWARD");
        awaitReadSide(first);

        // Opening 30, income 100 fiscal + 12 other = 112, spent 100, closing 30 fiscal + 12 unit funds = 42.
        ReportTable summary = ReportTable.fetch(http, first.ledgerPath(), "01");
        assertThat(summary.cell("INCOME_GENERAL_BUDGET", "amount")).isEqualTo("100.00");
        assertThat(summary.cell("INCOME_OTHER", "amount")).isEqualTo("12.00");
        assertThat(summary.cell("INCOME_TOTAL", "amount")).isEqualTo("112.00");
        assertThat(summary.cell("OPENING_BALANCE", "amount")).isEqualTo("30.00");
        assertThat(summary.cell("GRAND_TOTAL_INCOME", "amount")).isEqualTo("142.00");
        assertThat(summary.cell("EXPENDITURE_TOTAL", "amount")).isEqualTo("100.00");
        assertThat(summary.cell("CLOSING_BALANCE", "amount")).isEqualTo("42.00");
        assertThat(summary.cell("GRAND_TOTAL_EXPENDITURE", "amount")).isEqualTo("142.00");
        assertRow(ReportTable.fetch(http, first.ledgerPath(), "02"), "TOTAL",
                Map.of("total", "112.00", "fiscal", "100.00", "other", "12.00", "business", "0.00"));
        ReportTable fiscal = ReportTable.fetch(http, first.ledgerPath(), "04");
        assertThat(fiscal.cell("OPENING_GENERAL_BUDGET", "generalBudget")).isEqualTo("30.00");
        assertThat(fiscal.cell("CLOSING_GENERAL_BUDGET", "generalBudget")).isEqualTo("30.00");
        assertRow(ReportTable.fetch(http, first.ledgerPath(), "05"), "2040201", Map.of("openingBasic", "30.00",
                "incomeTotal", "100.00", "expenditureTotal", "100.00", "closingBasic", "30.00"));
        Map<String, JsonNode> lines = linesByKey(first);
        assertFigures(lines.get("2040201/BASIC"), "300000.00", "1000000.00", "1000000.00", "0.00", "300000.00", "0.00");
        assertThat(linesByFundAndKey(first).get("UNIT_FUNDS/2040201/BASIC").get("revenue").asString()).isEqualTo("120000.00");
        assertThat(linesByFundAndKey(first).get("UNIT_FUNDS/2040201/BASIC").get("carriedOut").asString()).isEqualTo("120000.00");
        assertLedgerConsistent(first.unit, first.year);

        LedgerScenario second = first.nextYear();
        second.open("其他收入单位");
        awaitReadSide(second);
        Map<String, JsonNode> opened = linesByFundAndKey(second);
        assertThat(opened.get("GENERAL_BUDGET/2040201/BASIC").get("carriedIn").asString()).isEqualTo("300000.00");
        assertThat(opened.get("UNIT_FUNDS/2040201/BASIC").get("carriedIn").asString()).isEqualTo("120000.00");
        assertThat(ReportTable.fetch(http, second.ledgerPath(), "01").cell("OPENING_BALANCE", "amount")).isEqualTo("42.00");
        assertThat(ReportTable.fetch(http, second.ledgerPath(), "04").cell("OPENING_GENERAL_BUDGET", "generalBudget"))
                .isEqualTo("30.00");
        assertLedgerConsistent(second.unit, second.year);
    }

    /**
     * A non-fiscal project balance brought in from the previous year is partly spent and the
     * rest carried; a RECOVER default cannot take unit funds, so they carry forward.
     */
    @Test
    void partOfANonFiscalBalanceBroughtInIsSpentAndTheRestCarried() {
        Map<String, Object> ownProject = LedgerScenario.unitFundsLine("2040299", "PROJECT", "U1", "自有资金项目");
        LedgerScenario first = new LedgerScenario(http, "CARRY3", 2023);
        first.open("自有资金单位", List.of(LedgerScenario.openingBalance(ownProject, "500000.00", "PROJECT_CARRY_OVER")));
        first.appropriate(BASIC, "200000.00", "预-1", "2023-01-10");
        first.spend(BASIC, "30201", "200000.00", "记-1", "2023-03-10");
        first.spend(ownProject, "30226", "200000.00", "记-2", "2023-04-10");
        first.close("2024-01-31", "RECOVER");
        awaitReadSide(first);

        // Opening 50 (unit funds), income 20 (fiscal), spent 20 + 20 = 40, closing 30.
        ReportTable summary = ReportTable.fetch(http, first.ledgerPath(), "01");
        assertThat(summary.cell("OPENING_BALANCE", "amount")).isEqualTo("50.00");
        assertThat(summary.cell("INCOME_TOTAL", "amount")).isEqualTo("20.00");
        assertThat(summary.cell("GRAND_TOTAL_INCOME", "amount")).isEqualTo("70.00");
        assertThat(summary.cell("204", "amount")).isEqualTo("40.00");
        assertThat(summary.cell("CLOSING_BALANCE", "amount")).isEqualTo("30.00");
        assertThat(summary.cell("GRAND_TOTAL_EXPENDITURE", "amount")).isEqualTo("70.00");
        assertRow(ReportTable.fetch(http, first.ledgerPath(), "03"), "TOTAL",
                Map.of("total", "40.00", "basic", "20.00", "project", "20.00"));
        // The fiscal tables see only fiscal money: nothing at either end.
        ReportTable fiscal = ReportTable.fetch(http, first.ledgerPath(), "04");
        assertThat(fiscal.cell("OPENING_GENERAL_BUDGET", "generalBudget")).isEqualTo("0.00");
        assertThat(fiscal.cell("CLOSING_GENERAL_BUDGET", "generalBudget")).isEqualTo("0.00");
        JsonNode own = linesByFundAndKey(first).get("UNIT_FUNDS/2040299/PROJECT/U1");
        assertThat(own.get("carriedIn").asString()).isEqualTo("500000.00");
        assertThat(own.get("spent").asString()).isEqualTo("200000.00");
        assertThat(own.get("recovered").asString()).isEqualTo("0.00");
        assertThat(own.get("carriedOut").asString()).isEqualTo("300000.00");
        assertThat(own.get("available").asString()).isEqualTo("0.00");
        assertLedgerConsistent(first.unit, first.year);

        LedgerScenario second = first.nextYear();
        second.open("自有资金单位");
        awaitReadSide(second);
        assertThat(linesByFundAndKey(second).get("UNIT_FUNDS/2040299/PROJECT/U1").get("carriedIn").asString())
                .isEqualTo("300000.00");
        assertThat(ReportTable.fetch(http, second.ledgerPath(), "01").cell("OPENING_BALANCE", "amount")).isEqualTo("30.00");
        assertLedgerConsistent(second.unit, second.year);
    }

    private static void assertFigures(JsonNode line, String carriedIn, String budget, String spent, String recovered,
            String carriedOut, String surplus) {
        assertThat(line).as("line").isNotNull();
        assertThat(line.get("carriedIn").asString()).as("carriedIn").isEqualTo(carriedIn);
        assertThat(line.get("budget").asString()).as("budget").isEqualTo(budget);
        assertThat(line.get("spent").asString()).as("spent").isEqualTo(spent);
        assertThat(line.get("recovered").asString()).as("recovered").isEqualTo(recovered);
        assertThat(line.get("carriedOut").asString()).as("carriedOut").isEqualTo(carriedOut);
        assertThat(line.get("surplus").asString()).as("surplus").isEqualTo(surplus);
        assertThat(line.get("available").asString()).as("available after the close").isEqualTo("0.00");
    }

    private static void assertRow(ReportTable table, String code, Map<String, String> expected) {
        expected.forEach((column, value) -> assertThat(table.cell(code, column))
                .as("%s row %s column %s", table.id, code, column).isEqualTo(value));
    }
}
