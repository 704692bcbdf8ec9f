package org.budgetledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.budgetledger.query.position.LedgerPosition;
import org.junit.jupiter.api.Test;

class FunctionTablesTest {

    private final ReportBuilder builder = TestCatalogue.builder();

    @Test
    void incomeTableSplitsFiscalIncomeFromUnitRevenueByType() {
        Report income = builder.build(ReportId.INCOME, ExampleUnit.open());

        assertThat(income.columns()).extracting(ReportColumn::key).containsExactly(
                "total", "fiscal", "higherLevelSubsidy", "business", "operating", "affiliatedRemittance", "other");
        assertThat(income.row("2040201").orElseThrow().cells()).containsExactly(
                Map.entry("total", "136.23"), Map.entry("fiscal", "105.00"), Map.entry("higherLevelSubsidy", "0.00"),
                Map.entry("business", "30.00"), Map.entry("operating", "0.00"),
                Map.entry("affiliatedRemittance", "0.00"), Map.entry("other", "1.23"));
        ReportRow total = income.rows().get(0);
        assertThat(total.code()).isEqualTo("TOTAL");
        assertThat(total.name()).isEqualTo("合计");
        assertThat(total.level()).isZero();
        assertThat(total.cell("total")).isEqualTo("1835.79");
        assertThat(total.cell("fiscal")).isEqualTo("1804.56");
    }

    @Test
    void rowsRollUpClassSectionItemInCodeOrderAndLeaveOutAllZeroRows() {
        Report expenditure = builder.build(ReportId.EXPENDITURE, ExampleUnit.open());

        assertThat(expenditure.rows()).extracting(ReportRow::code).containsExactly(
                "TOTAL", "204", "20402", "2040201", "2040202", "2040219",
                "208", "20805", "2080505", "212", "21205", "2120501");
        assertThat(expenditure.rows()).extracting(ReportRow::level).containsExactly(0, 1, 2, 3, 3, 3, 1, 2, 3, 1, 2, 3);
        assertThat(expenditure.row("20402").orElseThrow().name()).isEqualTo("公安");
        assertThat(expenditure.row("2101102")).as("a line cut to zero has no income and no spending").isEmpty();
    }

    @Test
    void expenditureTableSplitsBasicAndProjectSpendingOfAllFunds() {
        Report expenditure = builder.build(ReportId.EXPENDITURE, ExampleUnit.open());

        ReportRow total = expenditure.row("TOTAL").orElseThrow();
        assertThat(total.cell("total")).isEqualTo("1746.27");
        assertThat(total.cell("basic")).isEqualTo("1011.31");
        assertThat(total.cell("project")).isEqualTo("734.96");
        assertThat(total.cell("remittanceToHigherLevel")).isEqualTo("0.00");
        ReportRow publicSecurity = expenditure.row("204").orElseThrow();
        assertThat(publicSecurity.name()).isEqualTo("公共安全支出");
        assertThat(publicSecurity.cell("total")).isEqualTo("794.79");
        assertThat(publicSecurity.cell("basic")).isEqualTo("122.00");
        assertThat(publicSecurity.cell("project")).isEqualTo("672.79");
    }

    @Test
    void generalBudgetTableShowsOpeningIncomeSpendingAndClosingOfAnOpenYear() {
        Report table = builder.build(ReportId.GENERAL_BUDGET_EXPENDITURE, ExampleUnit.open());

        assertThat(table.row("TOTAL").orElseThrow().cells()).containsExactly(
                Map.entry("openingTotal", "11.00"), Map.entry("openingBasic", "1.00"),
                Map.entry("openingProject", "10.00"),
                Map.entry("incomeTotal", "1735.06"), Map.entry("incomeBasic", "994.31"),
                Map.entry("incomeProject", "740.75"),
                Map.entry("expenditureTotal", "1664.10"), Map.entry("expenditureBasic", "991.31"),
                Map.entry("expenditureProject", "672.79"),
                Map.entry("closingTotal", "81.96"), Map.entry("closingBasic", "4.00"),
                Map.entry("closingProjectCarryOver", "77.96"), Map.entry("closingProjectSurplus", "0.00"));
        assertThat(table.row("2120501")).as("government-fund lines belong to table 07").isEmpty();
    }

    @Test
    void closedYearShowsRecoveredMoneyAsNoIncomeAndSplitsCarryOverFromSurplus() {
        Report table = builder.build(ReportId.GENERAL_BUDGET_EXPENDITURE, ExampleUnit.closed());

        ReportRow total = table.row("TOTAL").orElseThrow();
        assertThat(total.cell("incomeTotal")).isEqualTo("1667.41");
        assertThat(total.cell("incomeProject")).isEqualTo("673.10");
        assertThat(total.cell("closingTotal")).isEqualTo("14.31");
        assertThat(total.cell("closingBasic")).isEqualTo("4.00");
        assertThat(total.cell("closingProjectCarryOver")).isEqualTo("0.00");
        assertThat(total.cell("closingProjectSurplus")).isEqualTo("10.31");
        ReportRow recovered = table.row("2040219").orElseThrow();
        assertThat(recovered.cell("incomeTotal")).isEqualTo("83.10");
        assertThat(recovered.cell("expenditureTotal")).isEqualTo("83.10");
        assertThat(recovered.cell("closingTotal")).isEqualTo("0.00");
        ReportRow finished = table.row("2040202").orElseThrow();
        assertThat(finished.cell("openingProject")).isEqualTo("10.00");
        assertThat(finished.cell("closingProjectSurplus")).isEqualTo("10.31");
    }

    @Test
    void governmentFundTableCoversOnlyGovernmentFundLines() {
        Report table = builder.build(ReportId.GOVERNMENT_FUND, ExampleUnit.closed());

        assertThat(table.rows()).extracting(ReportRow::code).containsExactly("TOTAL", "212", "21205", "2120501");
        ReportRow railings = table.row("2120501").orElseThrow();
        assertThat(railings.cell("openingProject")).isEqualTo("0.50");
        assertThat(railings.cell("incomeProject")).isEqualTo("69.50");
        assertThat(railings.cell("expenditureProject")).isEqualTo("62.17");
        assertThat(railings.cell("closingProjectCarryOver")).isEqualTo("7.83");
    }

    @Test
    void stateCapitalTableOfAUnitWithoutSuchMoneyHasOnlyAZeroTotal() {
        Report table = builder.build(ReportId.STATE_CAPITAL, ExampleUnit.open());

        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().get(0).cells().values()).hasSize(13).containsOnly("0.00");
    }

    @Test
    void reportCarriesTheContractHeaderFields() {
        LedgerPosition position = Ledgers.ledger().unit("ZZJJ", "株洲市公安局交通警察支队", 2023)
                .asOf(java.time.LocalDate.of(2023, 6, 30)).with();

        Report report = builder.build(ReportId.parse("03").orElseThrow(), position);

        assertThat(report.ledger()).isEqualTo("ZZJJ/2023");
        assertThat(report.report()).isEqualTo("expenditure");
        assertThat(report.number()).isEqualTo("03");
        assertThat(report.title()).isEqualTo("支出决算表");
        assertThat(report.amountUnit()).isEqualTo("万元");
        assertThat(report.sequence()).isEqualTo(42);
        assertThat(report.asOf()).isEqualTo("2023-06-30");
        assertThat(report.knownAt()).isNull();
        assertThat(report.unitName()).isEqualTo("株洲市公安局交通警察支队");
        assertThat(report.fiscalYear()).isEqualTo(2023);
        assertThat(report.fund()).isNull();
        assertThat(report.columns().get(0)).isEqualTo(
                new ReportColumn("total", "本年支出合计", null, ReportColumn.Kind.AMOUNT));
    }

    @Test
    void fiscalFundTablesLabelTheirColumnsWithTheTwoLevelsOfThePublishedHeader() {
        Report table = builder.build(ReportId.GENERAL_BUDGET_EXPENDITURE, ExampleUnit.open());

        ReportColumn openingBasic = table.columns().get(1);
        assertThat(openingBasic.label()).isEqualTo("年初结转和结余基本支出结转");
        assertThat(openingBasic.group()).isEqualTo("年初结转和结余");
        assertThat(openingBasic.heading()).isEqualTo("基本支出结转");
        assertThat(table.columns()).extracting(ReportColumn::label).doesNotHaveDuplicates();
    }
}
