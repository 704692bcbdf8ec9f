package org.budgetledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportIdTest {

    @Test
    void parseAcceptsTheIdOrThePublicNumber() {
        assertThat(ReportId.parse("expenditure")).contains(ReportId.EXPENDITURE);
        assertThat(ReportId.parse("03")).contains(ReportId.EXPENDITURE);
        assertThat(ReportId.parse("09")).contains(ReportId.THREE_PUBLIC);
        assertThat(ReportId.parse("project-execution")).contains(ReportId.PROJECT_EXECUTION);
    }

    @Test
    void parseRejectsUnknownTables() {
        assertThat(ReportId.parse("3")).isEmpty();
        assertThat(ReportId.parse("10")).isEmpty();
        assertThat(ReportId.parse("EXPENDITURE")).isEmpty();
        assertThat(ReportId.parse(null)).isEmpty();
    }

    @Test
    void fifteenTablesWithNumbersOnlyForThePublishedOnes() {
        assertThat(ReportId.values()).hasSize(15);
        assertThat(ReportId.parse("general-costs")).contains(ReportId.GENERAL_COSTS);
        assertThat(ReportId.PROCUREMENT.number()).isNull();
        assertThat(ReportId.GENERAL_BUDGET_BASIC_BY_ECONOMIC.id()).isEqualTo("general-budget-basic-by-economic");
        assertThat(ReportId.GENERAL_BUDGET_BASIC_BY_ECONOMIC.title()).isEqualTo("一般公共预算财政拨款基本支出决算明细表");
        assertThat(ReportId.FUNCTION_EXECUTION.number()).isNull();
        assertThat(ReportId.PERFORMANCE_UNIT.number()).isNull();
        assertThat(ReportId.parse("performance-project")).contains(ReportId.PERFORMANCE_PROJECT);
        assertThat(ReportId.INCOME_EXPENDITURE_SUMMARY.number()).isEqualTo("01");
    }
}
