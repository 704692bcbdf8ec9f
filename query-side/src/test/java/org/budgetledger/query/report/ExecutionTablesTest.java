package org.budgetledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.budgetledger.line.Fund;
import org.junit.jupiter.api.Test;

class ExecutionTablesTest {

    private final ReportBuilder builder = TestCatalogue.builder();

    @Test
    void functionExecutionListsEveryItemWithBudgetAndSpending() {
        Report table = builder.build(ReportId.FUNCTION_EXECUTION, ExampleUnit.open());

        assertThat(table.fund()).isEqualTo(Fund.GENERAL_BUDGET);
        assertThat(table.rows()).extracting(ReportRow::code)
                .containsExactly("TOTAL", "2040201", "2040202", "2040219", "2080505", "2101102");
        assertThat(table.rows()).extracting(ReportRow::level).containsExactly(0, 3, 3, 3, 3, 3);
        assertThat(table.row("2040202").orElseThrow().cells()).containsExactly(
                Map.entry("initial", "450.00"), Map.entry("increases", "140.00"), Map.entry("decreases", "0.00"),
                Map.entry("budget", "590.00"), Map.entry("spent", "589.69"),
                Map.entry("initialExecutionPct", "131.04"), Map.entry("executionPct", "99.95"));
        ReportRow total = table.row("TOTAL").orElseThrow();
        assertThat(total.cell("initial")).isEqualTo("1962.46");
        assertThat(total.cell("decreases")).isEqualTo("372.40");
        assertThat(total.cell("budget")).isEqualTo("1735.06");
        assertThat(total.cell("spent")).isEqualTo("1664.10");
        assertThat(total.cell("initialExecutionPct")).isEqualTo("84.80");
        assertThat(total.cell("executionPct")).isEqualTo("95.91");
    }

    @Test
    void itemWhoseBudgetWasCutToZeroStillAppearsWithoutAnExecutionRate() {
        Report table = builder.build(ReportId.FUNCTION_EXECUTION, ExampleUnit.open());

        ReportRow cut = table.row("2101102").orElseThrow();
        assertThat(cut.name()).isEqualTo("公务员医疗补助");
        assertThat(cut.cell("initial")).isEqualTo("223.15");
        assertThat(cut.cell("decreases")).isEqualTo("223.15");
        assertThat(cut.cell("budget")).isEqualTo("0.00");
        assertThat(cut.cell("spent")).isEqualTo("0.00");
        assertThat(cut.cell("initialExecutionPct")).isEqualTo("0.00");
        assertThat(cut.cell("executionPct")).isNull();
    }

    @Test
    void itemWithoutInitialBudgetHasNoInitialExecutionRate() {
        Report table = builder.build(ReportId.FUNCTION_EXECUTION, Ledgers.ledger().with(
                Lines.basic(Fund.GENERAL_BUDGET, "2080801").increase("903900.00").spend("30304", "903900.00")));

        ReportRow death = table.row("2080801").orElseThrow();
        assertThat(death.cell("initial")).isEqualTo("0.00");
        assertThat(death.cell("spent")).isEqualTo("90.39");
        assertThat(death.cell("initialExecutionPct")).isNull();
        assertThat(death.cell("executionPct")).isEqualTo("100.00");
    }

    @Test
    void functionExecutionOfAnotherFundCoversThatFundOnly() {
        Report table = builder.build(ReportId.FUNCTION_EXECUTION, ExampleUnit.open(), Fund.GOVERNMENT_FUND);

        assertThat(table.fund()).isEqualTo(Fund.GOVERNMENT_FUND);
        assertThat(table.rows()).extracting(ReportRow::code).containsExactly("TOTAL", "2120501");
        assertThat(table.row("2120501").orElseThrow().cell("executionPct")).isEqualTo("89.45");
    }

    @Test
    void projectExecutionHasOneRowPerProjectWithItsName() {
        Report table = builder.build(ReportId.PROJECT_EXECUTION, ExampleUnit.open());

        assertThat(table.columns()).extracting(ReportColumn::key).containsExactly(
                "initial", "increases", "decreases", "transfersIn", "transfersOut", "budget", "spent", "executionPct",
                "initialExecutionPct");
        assertThat(table.rows()).extracting(ReportRow::code).containsExactly("TOTAL", "P01", "P02");
        ReportRow platform = table.row("P02").orElseThrow();
        assertThat(platform.name()).isEqualTo("集成指挥平台升级");
        assertThat(platform.cell("decreases")).isEqualTo("149.25");
        assertThat(platform.cell("budget")).isEqualTo("150.75");
        assertThat(platform.cell("spent")).isEqualTo("83.10");
        assertThat(platform.cell("executionPct")).isEqualTo("55.12");
        assertThat(platform.cell("initialExecutionPct")).isEqualTo("27.70");
        ReportRow total = table.row("TOTAL").orElseThrow();
        assertThat(total.cell("budget")).isEqualTo("740.75");
        assertThat(total.cell("executionPct")).isEqualTo("90.83");
    }

    @Test
    void projectSpreadOverSeveralItemsIsSummedIntoOneRow() {
        Report table = builder.build(ReportId.PROJECT_EXECUTION, Ledgers.ledger().with(
                Lines.project(Fund.GENERAL_BUDGET, "2040202", "P09", "智能交通系统运行维护经费")
                        .initial("2500000.00").spend("30213", "2000000.00"),
                Lines.project(Fund.GENERAL_BUDGET, "2040219", "P09", "智能交通系统运行维护经费")
                        .initial("1500000.00").spend("31007", "1424000.00")));

        ReportRow project = table.row("P09").orElseThrow();
        assertThat(project.cell("budget")).isEqualTo("400.00");
        assertThat(project.cell("spent")).isEqualTo("342.40");
        assertThat(project.cell("executionPct")).as("not the 100% the publication states").isEqualTo("85.60");
    }
}
