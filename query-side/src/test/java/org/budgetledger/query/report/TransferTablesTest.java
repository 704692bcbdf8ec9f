package org.budgetledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetledger.line.Fund;
import org.budgetledger.query.position.LedgerPosition;
import org.junit.jupiter.api.Test;

/** A transfer (调剂) in the tables: both lines' 全年预算 change, the initial budget and the year's income do not. */
class TransferTablesTest {

    private final ReportBuilder builder = TestCatalogue.builder();

    private LedgerPosition transferred() {
        return Ledgers.ledger().with(
                Lines.project(Fund.GENERAL_BUDGET, "2040202", "P01", "交通秩序整治").initial("1000000.00")
                        .transferOut("300000.00").spend("30213", "200000.00"),
                Lines.project(Fund.GENERAL_BUDGET, "2040219", "P02", "集成指挥平台升级").initial("500000.00")
                        .transferIn("300000.00").spend("31007", "700000.00"),
                Lines.basic(Fund.GENERAL_BUDGET, "2040201").initial("800000.00").spend("30101", "500000.00"));
    }

    @Test
    void projectExecutionShowsTransfersInTheirOwnColumnsAndInTheBudget() {
        Report table = builder.build(ReportId.PROJECT_EXECUTION, transferred());

        ReportRow from = table.row("P01").orElseThrow();
        assertThat(from.cell("initial")).isEqualTo("100.00");
        assertThat(from.cell("transfersOut")).isEqualTo("30.00");
        assertThat(from.cell("transfersIn")).isEqualTo("0.00");
        assertThat(from.cell("budget")).isEqualTo("70.00");
        ReportRow to = table.row("P02").orElseThrow();
        assertThat(to.cell("transfersIn")).isEqualTo("30.00");
        assertThat(to.cell("budget")).isEqualTo("80.00");
        ReportRow total = table.row("TOTAL").orElseThrow();
        assertThat(total.cell("initial")).isEqualTo("150.00");
        assertThat(total.cell("budget")).isEqualTo("150.00");
        assertThat(table.columns()).filteredOn(column -> column.key().startsWith("transfers"))
                .extracting(ReportColumn::label).containsExactly("调剂增加", "调剂减少");
    }

    @Test
    void functionExecutionBudgetIncludesTransfers() {
        Report table = builder.build(ReportId.FUNCTION_EXECUTION, transferred());

        assertThat(table.row("2040202").orElseThrow().cell("budget")).isEqualTo("70.00");
        assertThat(table.row("2040219").orElseThrow().cell("budget")).isEqualTo("80.00");
        assertThat(table.row("2040202").orElseThrow().cell("initial")).isEqualTo("100.00");
        assertThat(table.columns()).extracting(ReportColumn::key).doesNotContain("transfersIn", "transfersOut");
    }

    @Test
    void everyConsistencyCheckStillPasses() {
        assertThat(new ConsistencyCheck(builder).check(transferred())).allMatch(CheckResult::passed);
    }
}
