package org.budgetledger.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.budgetledger.money.Money;
import org.junit.jupiter.api.Test;

/**
 * What each movement does to a line's figures, through the one definition every side applies
 * ({@link Movement} and {@link LineTally}), in the figures a finance officer would check.
 */
class LineTallyTest {

    private static final BudgetLine BASIC = BudgetLine.basic(Fund.GENERAL_BUDGET, "2040201");
    private static final BudgetLine PROJECT = BudgetLine.project(Fund.GENERAL_BUDGET, "2040202", "P01", "交通标志标线维护");
    private static final BudgetLine UNIT_FUNDS = BudgetLine.basic(Fund.UNIT_FUNDS, "2040201");

    @Test
    void anAppropriationAdjustedSpentAndReversedLeavesTheAdjustedBudgetAvailable() {
        LineTally line = new LineTally(BASIC);

        move(line, Movement.INITIAL, "100.00");
        assertFigures(line, "100.00", "100.00");
        move(line, Movement.INCREASE, "20.00");
        assertFigures(line, "120.00", "120.00");
        move(line, Movement.DECREASE, "5.00");
        assertFigures(line, "115.00", "115.00");
        move(line, Movement.SPEND, "30.00");
        assertFigures(line, "115.00", "85.00");
        move(line, Movement.REVERSAL, "30.00");
        assertFigures(line, "115.00", "115.00");

        LineFigures figures = line.figures();
        assertThat(figures.line()).isEqualTo(BASIC);
        assertThat(figures.initialFen()).isEqualTo(yuan("100.00"));
        assertThat(figures.increasesFen()).isEqualTo(yuan("20.00"));
        assertThat(figures.decreasesFen()).as("a cut adds to the decreases, it does not lower the increases")
                .isEqualTo(yuan("5.00"));
        assertThat(figures.spentFen()).as("a reversal takes its amount off what was spent").isZero();
    }

    @Test
    void aTransferMovesTheBudgetOfBothLinesButNotTheirInitialBudget() {
        LineTally from = new LineTally(BASIC);
        LineTally to = new LineTally(BudgetLine.basic(Fund.GENERAL_BUDGET, "2040219"));
        move(from, Movement.INITIAL, "100.00");
        move(to, Movement.INITIAL, "10.00");

        move(from, Movement.TRANSFER_OUT, "30.00");
        move(to, Movement.TRANSFER_IN, "30.00");

        assertFigures(from, "70.00", "70.00");
        assertFigures(to, "40.00", "40.00");
        assertThat(from.figures().initialFen()).isEqualTo(yuan("100.00"));
        assertThat(from.figures().transfersOutFen()).isEqualTo(yuan("30.00"));
        assertThat(to.figures().initialFen()).isEqualTo(yuan("10.00"));
        assertThat(to.figures().transfersInFen()).isEqualTo(yuan("30.00"));
    }

    @Test
    void balancesBroughtInAreAvailableButNotBudgetAndAreKeptByKind() {
        LineTally line = new LineTally(PROJECT);

        line.apply(Movement.CARRY_IN, yuan("30.00"), BalanceKind.PROJECT_CARRY_OVER);
        line.apply(Movement.CARRY_IN, yuan("12.50"), BalanceKind.PROJECT_SURPLUS);
        move(line, Movement.INITIAL, "100.00");

        assertFigures(line, "100.00", "142.50");
        assertThat(line.figures().carriedInFen()).isEqualTo(yuan("42.50"));
        assertThat(line.carriedInFen(BalanceKind.PROJECT_CARRY_OVER)).isEqualTo(yuan("30.00"));
        assertThat(line.carriedInFen(BalanceKind.PROJECT_SURPLUS)).isEqualTo(yuan("12.50"));
        assertThat(line.carriedInFen(BalanceKind.BASIC_CARRY_OVER)).isZero();
    }

    @Test
    void revenueIsAvailableOnAUnitFundsLineWithoutBeingBudget() {
        LineTally line = new LineTally(UNIT_FUNDS);

        move(line, Movement.REVENUE, "250.00");
        move(line, Movement.SPEND, "40.00");

        assertFigures(line, "0.00", "210.00");
        assertThat(line.figures().revenueFen()).isEqualTo(yuan("250.00"));
        assertThat(line.figures().spentFen()).isEqualTo(yuan("40.00"));
    }

    @Test
    void eachDispositionOfTheCloseTakesTheWholeBalanceOffWhatIsAvailableAndKeepsTheBudget() {
        for (Movement disposition : EnumSet.of(Movement.RECOVER, Movement.CARRY_OUT, Movement.SURPLUS)) {
            LineTally line = new LineTally(PROJECT);
            move(line, Movement.INITIAL, "100.00");
            move(line, Movement.SPEND, "60.00");

            line.apply(disposition, yuan("40.00"), disposition == Movement.RECOVER ? null : BalanceKind.PROJECT_CARRY_OVER);

            assertFigures(line, "100.00", "0.00");
            LineFigures figures = line.figures();
            assertThat(new long[] {figures.recoveredFen(), figures.carriedOutFen(), figures.surplusFen()}).as("%s", disposition)
                    .containsExactly(disposition == Movement.RECOVER ? yuan("40.00") : 0,
                            disposition == Movement.CARRY_OUT ? yuan("40.00") : 0,
                            disposition == Movement.SURPLUS ? yuan("40.00") : 0);
            assertThat(figures.carriedInFen()).as("the kind a balance becomes next year is no carry-in of this year").isZero();
        }
    }

    @Test
    void everyMovementOnALineNamesOneFigureAndADirection() {
        Set<Movement> ledgerOnly = EnumSet.of(Movement.OPENED, Movement.THREE_PUBLIC_BUDGET, Movement.CLOSED,
                Movement.PERFORMANCE_TARGETS, Movement.PERFORMANCE_RESULT, Movement.CONTROL_BUDGET, Movement.STATEMENT);
        for (Movement movement : Movement.values()) {
            if (ledgerOnly.contains(movement)) {
                assertThat(movement.touchesLine()).as("%s", movement).isFalse();
                assertThat(movement.figure()).as("%s", movement).isNull();
                assertThat(movement.sign()).as("%s", movement).isZero();
            } else {
                assertThat(movement.touchesLine()).as("%s", movement).isTrue();
                assertThat(movement.figure()).as("%s", movement).isNotNull();
                assertThat(movement.sign()).as("%s", movement).isIn(1, -1);
            }
        }
        assertThat(Movement.REVERSAL.figure()).isEqualTo(Movement.SPEND.figure());
        assertThat(Movement.REVERSAL.signedFen(100)).isEqualTo(-100);
        assertThat(Movement.DECREASE.signedFen(100)).as("a cut is counted up in the decreases").isEqualTo(100);
        assertThat(Movement.RELEASE.figure()).isEqualTo(Movement.RESERVE.figure());
        assertThat(Movement.RELEASE.signedFen(100)).as("a release takes the reservation off").isEqualTo(-100);
    }

    @Test
    void theStoredNamesOfTheMovementsStayTheSame() {
        assertThat(Movement.values()).extracting(Movement::name).containsExactly("OPENED", "CARRY_IN", "INITIAL", "INCREASE",
                "DECREASE", "REVENUE", "SPEND", "REVERSAL", "THREE_PUBLIC_BUDGET", "RECOVER", "CARRY_OUT", "SURPLUS", "CLOSED",
                "TRANSFER_OUT", "TRANSFER_IN", "RESERVE", "RELEASE", "PERFORMANCE_TARGETS", "PERFORMANCE_RESULT", "CONTROL_BUDGET", "STATEMENT");
    }

    @Test
    void aMovementThatTouchesNoLineOrLacksWhatItNeedsIsRefused() {
        LineTally line = new LineTally(BASIC);

        assertThatThrownBy(() -> line.apply(Movement.OPENED, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line.apply(Movement.CARRY_IN, 100, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line.apply(LineMovement.of(PROJECT, Movement.INITIAL, 100)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(PROJECT.key());
        assertFigures(line, "0.00", "0.00");
    }

    @Test
    void aLineMovementAppliesItsMovementAmountAndKind() {
        LineTally line = new LineTally(BASIC);

        line.apply(new LineMovement(BASIC.withProjectName(null), Movement.CARRY_IN, yuan("8.00"), BalanceKind.BASIC_CARRY_OVER));
        line.apply(LineMovement.of(BASIC, Movement.INITIAL, yuan("2.00")));

        assertThat(line.carriedInFen(BalanceKind.BASIC_CARRY_OVER)).isEqualTo(yuan("8.00"));
        assertFigures(line, "2.00", "10.00");
    }

    private static void move(LineTally line, Movement movement, String yuan) {
        line.apply(movement, yuan(yuan), null);
    }

    private static void assertFigures(LineTally line, String budget, String available) {
        LineFigures figures = line.figures();
        assertThat(Money.formatYuan(figures.budgetFen()) + " / " + Money.formatYuan(figures.availableFen()))
                .as("budget / available").isEqualTo(budget + " / " + available);
    }

    private static long yuan(String amount) {
        return Money.parseYuan(amount);
    }
}
