package org.budgetledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.budgetledger.line.Fund;
import org.budgetledger.publication.ControlBudgetCategory;
import org.budgetledger.publication.ProcurementMethod;
import org.budgetledger.publication.StatementKind;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.position.ProcurementTotals;
import org.junit.jupiter.api.Test;

/** The 政府采购支出 and 一般性支出 tables from hand-made positions. */
class PublicationTablesTest {

    private final ReportBuilder builder = TestCatalogue.builder();

    @Test
    void procurementSharesAreOfTheTotalAndTheSmeRowsFollowIt() {
        ProcurementTotals totals = new ProcurementTotals(Map.of(ProcurementMethod.GOODS, 3_000_000_00L,
                ProcurementMethod.SERVICES, 1_000_000_00L), 2_500_000_00L, 1_000_000_00L);
        Report table = builder.build(ReportId.PROCUREMENT, Ledgers.ledger().procurement(totals).with());

        assertThat(table.rows()).extracting(ReportRow::code)
                .containsExactly("GOODS", "WORKS", "SERVICES", "TOTAL", "SME", "SMALL_MICRO");
        assertThat(table.row("GOODS").orElseThrow().cells()).containsEntry("amount", "300.00").containsEntry("sharePct", "75.00");
        assertThat(table.row("WORKS").orElseThrow().cells()).containsEntry("amount", "0.00").containsEntry("sharePct", "0.00");
        assertThat(table.row("TOTAL").orElseThrow().cells()).containsEntry("amount", "400.00").containsEntry("sharePct", "100.00");
        assertThat(table.row("SME").orElseThrow().cells()).containsEntry("amount", "250.00").containsEntry("sharePct", "62.50");
        assertThat(table.row("SMALL_MICRO").orElseThrow().cell("sharePct")).isEqualTo("25.00");
    }

    @Test
    void withoutProcurementEveryShareIsNull() {
        Report table = builder.build(ReportId.PROCUREMENT, Ledgers.ledger().with());

        assertThat(table.row("TOTAL").orElseThrow().cells()).containsEntry("amount", "0.00").containsEntry("sharePct", null);
        assertThat(table.row("SME").orElseThrow().cell("sharePct")).isNull();
    }

    @Test
    void meetingAndTrainingCountFiscalSpendingOnTheirCodesAgainstTheirBudgets() {
        LedgerPosition position = Ledgers.ledger()
                .controlBudget(ControlBudgetCategory.MEETING, "90000.00")
                .controlBudget(ControlBudgetCategory.OPERATING_COSTS, "500000.00")
                .with(Lines.basic(Fund.GENERAL_BUDGET, "2040201").initial("1000000.00")
                                .spend("30215", "8200.00").spend("30216", "30000.00").spend("30201", "120000.00"),
                        Lines.project(Fund.GENERAL_BUDGET, "2040202", "P01", "维护").initial("100000.00")
                                .spend("30215", "1800.00"),
                        Lines.basic(Fund.UNIT_FUNDS, "2040201").spend("30215", "5000.00"));
        Report table = builder.build(ReportId.GENERAL_COSTS, position);

        assertThat(table.rows()).extracting(ReportRow::code).containsExactly("MEETING", "TRAINING", "OPERATING_COSTS");
        assertThat(table.row("MEETING").orElseThrow().cells()).as("8200 basic + 1800 project; unit funds do not count")
                .containsEntry("budget", "9.00").containsEntry("spent", "1.00").containsEntry("executionPct", "11.11")
                .containsEntry("priorYear", null);
        assertThat(table.row("TRAINING").orElseThrow().cells()).as("no budget: no execution rate")
                .containsEntry("budget", null).containsEntry("spent", "3.00").containsEntry("executionPct", null);
        assertThat(table.row("OPERATING_COSTS").orElseThrow().cells())
                .as("公用经费 of general-budget basic spending: 8200 + 30000 + 120000 on 302")
                .containsEntry("budget", "50.00").containsEntry("spent", "15.82").containsEntry("executionPct", "31.64")
                .containsEntry("priorYear", null);
        assertThat(table.row("OPERATING_COSTS").orElseThrow().cell("spent"))
                .isEqualTo(builder.build(ReportId.GENERAL_BUDGET_BASIC_BY_ECONOMIC, position).row("PUBLIC_TOTAL").orElseThrow()
                        .cell("amount"));
    }

    @Test
    void priorYearComesFromThePreviousLedgerBeforeTheStatement() {
        LedgerPosition stated = Ledgers.ledger()
                .statement(StatementKind.PRIOR_YEAR, Map.of("OPERATING_COSTS", "82688800.00", "TOTAL", "1.00"))
                .with(Lines.basic(Fund.GENERAL_BUDGET, "2040201").initial("100.00"));
        LedgerPosition previous = Ledgers.ledger().unit("TEST", "测试", 2023)
                .with(Lines.basic(Fund.GENERAL_BUDGET, "2040201").initial("900000.00").spend("30201", "123456.78")
                        .spend("30101", "500000.00"));

        assertThat(builder.build(ReportId.GENERAL_COSTS, stated).row("OPERATING_COSTS").orElseThrow().cell("priorYear"))
                .isEqualTo("8268.88");
        assertThat(builder.build(ReportId.GENERAL_COSTS, stated, null, null, previous).row("OPERATING_COSTS").orElseThrow()
                .cell("priorYear")).as("the previous year's ledger wins over a statement").isEqualTo("12.35");
    }
}
