package org.budgetledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetledger.line.Fund;
import org.junit.jupiter.api.Test;

class SummaryTablesTest {

    private final ReportBuilder builder = TestCatalogue.builder();

    @Test
    void incomeExpenditureSummaryHasTheFixedLayoutWithAllTwentySixClasses() {
        Report summary = builder.build(ReportId.INCOME_EXPENDITURE_SUMMARY, Ledgers.ledger().with());

        assertThat(summary.rows()).extracting(ReportRow::code).containsExactly(
                "INCOME_GENERAL_BUDGET", "INCOME_GOVERNMENT_FUND", "INCOME_STATE_CAPITAL",
                "INCOME_HIGHER_LEVEL_SUBSIDY", "INCOME_BUSINESS", "INCOME_OPERATING", "INCOME_AFFILIATED_REMITTANCE",
                "INCOME_OTHER", "INCOME_TOTAL", "USE_OF_NON_FISCAL_SURPLUS", "OPENING_BALANCE", "GRAND_TOTAL_INCOME",
                "201", "202", "203", "204", "205", "206", "207", "208", "210", "211", "212", "213", "214", "215", "216",
                "217", "219", "220", "221", "222", "223", "224", "229", "231", "232", "234",
                "EXPENDITURE_TOTAL", "SURPLUS_DISTRIBUTION", "CLOSING_BALANCE", "GRAND_TOTAL_EXPENDITURE");
        assertThat(summary.row("204").orElseThrow().name()).isEqualTo("公共安全支出");
        assertThat(summary.row("234").orElseThrow().name()).isEqualTo("抗疫特别国债安排的支出");
        assertThat(summary.row("USE_OF_NON_FISCAL_SURPLUS").orElseThrow().name()).isEqualTo("使用非财政拨款结余（含专用结余）");
        assertThat(summary.columns()).extracting(ReportColumn::key).containsExactly("amount");
    }

    @Test
    void incomeExpenditureSummaryBalancesIncomeAndOpeningAgainstSpendingAndClosing() {
        Report summary = builder.build(ReportId.INCOME_EXPENDITURE_SUMMARY, ExampleUnit.open());

        assertThat(amount(summary, "INCOME_GENERAL_BUDGET")).isEqualTo("1735.06");
        assertThat(amount(summary, "INCOME_GOVERNMENT_FUND")).isEqualTo("69.50");
        assertThat(amount(summary, "INCOME_BUSINESS")).isEqualTo("30.00");
        assertThat(amount(summary, "INCOME_OTHER")).isEqualTo("1.23");
        assertThat(amount(summary, "INCOME_TOTAL")).isEqualTo("1835.79");
        assertThat(amount(summary, "OPENING_BALANCE")).isEqualTo("11.50");
        assertThat(amount(summary, "GRAND_TOTAL_INCOME")).isEqualTo("1847.29");
        assertThat(amount(summary, "204")).isEqualTo("794.79");
        assertThat(amount(summary, "208")).isEqualTo("889.31");
        assertThat(amount(summary, "210")).as("the class of the cut line stays, empty").isEqualTo("0.00");
        assertThat(amount(summary, "EXPENDITURE_TOTAL")).isEqualTo("1746.27");
        assertThat(amount(summary, "CLOSING_BALANCE")).isEqualTo("101.02");
        assertThat(amount(summary, "GRAND_TOTAL_EXPENDITURE")).isEqualTo("1847.29");
    }

    @Test
    void classOutsideTheFixedTwentySixGetsARowSoTheTotalStillAddsUp() {
        Report summary = builder.build(ReportId.INCOME_EXPENDITURE_SUMMARY, Ledgers.ledger().with(
                Lines.basic(Fund.GENERAL_BUDGET, "2270101").initial("500.00").spend("30299", "500.00")));

        assertThat(summary.rows()).extracting(ReportRow::code).containsSubsequence("224", "227", "229");
        assertThat(amount(summary, "227")).isEqualTo("0.05");
        assertThat(amount(summary, "EXPENDITURE_TOTAL")).isEqualTo("0.05");
    }

    @Test
    void fiscalSummaryLeavesUnitFundsOutAndSplitsEveryRowByFiscalFund() {
        Report summary = builder.build(ReportId.FISCAL_SUMMARY, ExampleUnit.open());

        assertThat(summary.columns()).extracting(ReportColumn::key)
                .containsExactly("total", "generalBudget", "governmentFund", "stateCapital");
        ReportRow generalBudgetIncome = summary.row("INCOME_GENERAL_BUDGET").orElseThrow();
        assertThat(generalBudgetIncome.cell("total")).isEqualTo("1735.06");
        assertThat(generalBudgetIncome.cell("governmentFund")).isEqualTo("0.00");
        assertThat(summary.row("INCOME_TOTAL").orElseThrow().cell("total")).isEqualTo("1804.56");
        ReportRow opening = summary.row("OPENING_BALANCE").orElseThrow();
        assertThat(opening.cell("total")).isEqualTo("11.50");
        assertThat(opening.cell("generalBudget")).isEqualTo("11.00");
        assertThat(opening.cell("governmentFund")).isEqualTo("0.50");
        assertThat(summary.row("OPENING_GOVERNMENT_FUND").orElseThrow().cell("total")).isEqualTo("0.50");
        assertThat(summary.row("204").orElseThrow().cell("generalBudget")).isEqualTo("774.79");
        assertThat(summary.row("212").orElseThrow().cell("governmentFund")).isEqualTo("62.17");
        assertThat(summary.row("EXPENDITURE_TOTAL").orElseThrow().cell("total")).isEqualTo("1726.27");
        assertThat(summary.row("CLOSING_BALANCE").orElseThrow().cell("total")).isEqualTo("89.79");
        assertThat(summary.row("CLOSING_GENERAL_BUDGET").orElseThrow().cell("generalBudget")).isEqualTo("81.96");
        assertThat(summary.row("GRAND_TOTAL_INCOME").orElseThrow().cell("total")).isEqualTo("1816.06");
        assertThat(summary.row("GRAND_TOTAL_EXPENDITURE").orElseThrow().cell("total")).isEqualTo("1816.06");
    }

    @Test
    void fiscalSummaryOfAClosedYearShowsOnlyWhatWasCarriedOrKept() {
        Report summary = builder.build(ReportId.FISCAL_SUMMARY, ExampleUnit.closed());

        assertThat(summary.row("INCOME_TOTAL").orElseThrow().cell("generalBudget")).isEqualTo("1667.41");
        assertThat(summary.row("CLOSING_GENERAL_BUDGET").orElseThrow().cell("total")).isEqualTo("14.31");
        assertThat(summary.row("CLOSING_GOVERNMENT_FUND").orElseThrow().cell("total")).isEqualTo("7.83");
    }

    private static String amount(Report report, String code) {
        return report.row(code).orElseThrow().cell("amount");
    }
}
