package org.budgetledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetledger.line.Fund;
import org.junit.jupiter.api.Test;

class BasicByEconomicTableTest {

    private final ReportBuilder builder = TestCatalogue.builder();

    @Test
    void everyRowOfThePublishedLayoutIsPresentEvenWhenZero() {
        Report table = builder.build(ReportId.GENERAL_BUDGET_BASIC_BY_ECONOMIC, Ledgers.ledger().with());

        assertThat(table.rows()).as("81 classes and items, 2 totals").hasSize(83);
        assertThat(table.rows()).extracting(ReportRow::code).startsWith("301", "30101", "30102")
                .containsSubsequence("30199", "303", "30301", "30399", "302", "30201", "30299", "307", "30701", "30702",
                        "310", "31001", "31099", "399", "39907", "39999", "PERSONNEL_TOTAL", "PUBLIC_TOTAL")
                .endsWith("PERSONNEL_TOTAL", "PUBLIC_TOTAL");
        assertThat(table.row("30212").orElseThrow().name()).isEqualTo("因公出国（境）费用");
        assertThat(table.row("301").orElseThrow().level()).isEqualTo(1);
        assertThat(table.row("30101").orElseThrow().level()).isEqualTo(2);
        assertThat(table.row("PERSONNEL_TOTAL").orElseThrow().name()).isEqualTo("人员经费合计");
        assertThat(table.row("PUBLIC_TOTAL").orElseThrow().name()).isEqualTo("公用经费合计");
    }

    @Test
    void coversGeneralBudgetBasicSpendingOnlyAndSplitsPersonnelFromPublic() {
        Report table = builder.build(ReportId.GENERAL_BUDGET_BASIC_BY_ECONOMIC, ExampleUnit.open());

        assertThat(amount(table, "301")).isEqualTo("949.31");
        assertThat(amount(table, "30108")).isEqualTo("889.31");
        assertThat(amount(table, "30201")).as("unit-funds office costs are not fiscal").isEqualTo("30.00");
        assertThat(amount(table, "30217")).as("project reception spending is not basic").isEqualTo("2.00");
        assertThat(amount(table, "30213")).isEqualTo("0.00");
        assertThat(amount(table, "PERSONNEL_TOTAL")).isEqualTo("949.31");
        assertThat(amount(table, "PUBLIC_TOTAL")).isEqualTo("42.00");
    }

    @Test
    void classTotalRoundsItsExactSumNotTheSumOfRoundedItems() {
        // Three items of 0.004 万元 each: every item prints 0.00, their class 0.012 → 0.01.
        Report table = builder.build(ReportId.GENERAL_BUDGET_BASIC_BY_ECONOMIC, Ledgers.ledger().with(
                Lines.basic(Fund.GENERAL_BUDGET, "2040201").initial("120.00")
                        .spend("30101", "40.00").spend("30102", "40.00").spend("30103", "40.00")));

        assertThat(amount(table, "30101")).isEqualTo("0.00");
        assertThat(amount(table, "30102")).isEqualTo("0.00");
        assertThat(amount(table, "30103")).isEqualTo("0.00");
        assertThat(amount(table, "301")).isEqualTo("0.01");
        assertThat(amount(table, "PERSONNEL_TOTAL")).isEqualTo("0.01");
    }

    @Test
    void itemOutsideTheLayoutGetsItsOwnRowAndCountsInItsClassAndTotal() {
        Report table = builder.build(ReportId.GENERAL_BUDGET_BASIC_BY_ECONOMIC, Ledgers.ledger().with(
                Lines.basic(Fund.GENERAL_BUDGET, "2040201").initial("30000.00").spend("30703", "25000.00")));

        assertThat(table.rows()).extracting(ReportRow::code).containsSubsequence("307", "30701", "30702", "30703", "310");
        ReportRow item = table.row("30703").orElseThrow();
        assertThat(item.name()).isEqualTo("国内债务发行费用");
        assertThat(item.level()).isEqualTo(2);
        assertThat(item.cell("amount")).isEqualTo("2.50");
        assertThat(amount(table, "307")).isEqualTo("2.50");
        assertThat(amount(table, "PUBLIC_TOTAL")).isEqualTo("2.50");
    }

    @Test
    void classOutsideTheLayoutIsShownButBelongsToNeitherTotal() {
        Report table = builder.build(ReportId.GENERAL_BUDGET_BASIC_BY_ECONOMIC, Ledgers.ledger().with(
                Lines.basic(Fund.GENERAL_BUDGET, "2040201").initial("10000.00").spend("30902", "10000.00")));

        assertThat(table.rows()).extracting(ReportRow::code)
                .containsSubsequence("39999", "309", "30902", "PERSONNEL_TOTAL");
        assertThat(table.row("309").orElseThrow().name()).isEqualTo("资本性支出（基本建设）");
        assertThat(amount(table, "309")).isEqualTo("1.00");
        assertThat(amount(table, "PUBLIC_TOTAL")).isEqualTo("0.00");
    }

    private static String amount(Report report, String code) {
        return report.row(code).orElseThrow().cell("amount");
    }
}
