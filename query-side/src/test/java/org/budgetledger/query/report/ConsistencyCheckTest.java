package org.budgetledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetledger.line.Fund;
import org.budgetledger.query.position.LedgerPosition;
import org.junit.jupiter.api.Test;

class ConsistencyCheckTest {

    private final ConsistencyCheck check = new ConsistencyCheck(TestCatalogue.builder());

    @Test
    void everyIdentityHoldsForAnOpenYear() {
        List<CheckResult> results = check.check(ExampleUnit.open());

        assertThat(results).extracting(CheckResult::name).containsExactly(
                ConsistencyCheck.INCOME_01_EQUALS_02, ConsistencyCheck.EXPENDITURE_01_EQUALS_03,
                ConsistencyCheck.GRAND_TOTALS_01_BALANCE, ConsistencyCheck.GRAND_TOTALS_04_BALANCE,
                ConsistencyCheck.FISCAL_INCOME_02_EQUALS_04, ConsistencyCheck.GENERAL_BUDGET_04_EQUALS_05,
                ConsistencyCheck.BASIC_05_EQUALS_06, ConsistencyCheck.BALANCES_05, ConsistencyCheck.BALANCES_07,
                ConsistencyCheck.BALANCES_08, ConsistencyCheck.THREE_PUBLIC_09, ConsistencyCheck.LINES_AVAILABLE,
                ConsistencyCheck.LINES_DISPOSED);
        assertThat(results).allMatch(CheckResult::passed);
    }

    @Test
    void resultsShowBothSidesInExactYuan() {
        List<CheckResult> results = check.check(ExampleUnit.open());

        assertThat(result(results, ConsistencyCheck.INCOME_01_EQUALS_02))
                .extracting(CheckResult::expected, CheckResult::actual)
                .containsExactly("18357945.67", "18357945.67");
        assertThat(result(results, ConsistencyCheck.BASIC_05_EQUALS_06).expected()).isEqualTo("9913100.00");
        assertThat(result(results, ConsistencyCheck.THREE_PUBLIC_09).actual()).isEqualTo("226400.00");
    }

    @Test
    void everyIdentityHoldsForAClosedYear() {
        assertThat(check.check(ExampleUnit.closed())).allMatch(CheckResult::passed);
    }

    @Test
    void overdrawnLineFailsTheAvailableCheck() {
        LedgerPosition position = Ledgers.ledger().with(
                Lines.basic(Fund.GENERAL_BUDGET, "2040201").initial("1000.00").spend("30201", "1000.01"));

        CheckResult available = result(check.check(position), ConsistencyCheck.LINES_AVAILABLE);

        assertThat(available.passed()).isFalse();
        assertThat(available.actual()).isEqualTo("-0.01");
        assertThat(available.detail()).contains("GENERAL_BUDGET/2040201/BASIC available -0.01");
    }

    @Test
    void spendingMissingFromTheEconomicSplitBreaksTheTable05To06Identity() {
        LedgerPosition position = Ledgers.ledger().with(
                Lines.basic(Fund.GENERAL_BUDGET, "2040201").initial("5000.00")
                        .spend("30201", "3000.00").spendWithoutEconomicCode("0.01"));

        List<CheckResult> results = check.check(position);

        CheckResult basic = result(results, ConsistencyCheck.BASIC_05_EQUALS_06);
        assertThat(basic.passed()).isFalse();
        assertThat(basic.expected()).isEqualTo("3000.01");
        assertThat(basic.actual()).isEqualTo("3000.00");
        assertThat(results).filteredOn(r -> !r.passed()).extracting(CheckResult::name)
                .containsExactly(ConsistencyCheck.BASIC_05_EQUALS_06);
    }

    @Test
    void spendingOnAnEconomicClassOutsidePersonnelAndPublicIsReported() {
        LedgerPosition position = Ledgers.ledger().with(
                Lines.basic(Fund.GENERAL_BUDGET, "2040201").initial("800.00").spend("30902", "800.00"));

        CheckResult basic = result(check.check(position), ConsistencyCheck.BASIC_05_EQUALS_06);

        assertThat(basic.passed()).isFalse();
        assertThat(basic.detail()).contains("309 资本性支出（基本建设）");
    }

    @Test
    void balanceOfAKindThatDoesNotFitTheLineBreaksTheRowIdentityOfTable05() {
        LedgerPosition position = Ledgers.ledger().with(
                Lines.basic(Fund.GENERAL_BUDGET, "2040201").carriedInProjectCarryOver("500.00")
                        .initial("1000.00").spend("30201", "1000.00"));

        CheckResult balances = result(check.check(position), ConsistencyCheck.BALANCES_05);

        assertThat(balances.passed()).isFalse();
        assertThat(balances.detail()).contains("TOTAL 基本支出 (expected 0.00, found 500.00)")
                .contains("2040201 项目支出 (expected 500.00, found 0.00)");
    }

    @Test
    void closedYearWithABalanceLeftOnALineFailsTheDispositionCheck() {
        LedgerPosition position = Ledgers.ledger().closed().with(
                Lines.basic(Fund.GENERAL_BUDGET, "2040201").initial("1000.00").spend("30201", "400.00"));

        CheckResult disposed = result(check.check(position), ConsistencyCheck.LINES_DISPOSED);

        assertThat(disposed.passed()).isFalse();
        assertThat(disposed.actual()).isEqualTo("600.00");
    }

    private static CheckResult result(List<CheckResult> results, String name) {
        return results.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
