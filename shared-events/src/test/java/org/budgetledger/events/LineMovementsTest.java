package org.budgetledger.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.budgetledger.line.BalanceKind;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.Fund;
import org.budgetledger.line.LineMovement;
import org.budgetledger.line.Movement;
import org.junit.jupiter.api.Test;

/** What each ledger event says it does to its lines ({@link LedgerEvent#lineMovements()}). */
class LineMovementsTest {

    static final String LEDGER = "ZZJJ/2023";
    static final BudgetLine BASIC = BudgetLine.basic(Fund.GENERAL_BUDGET, "2040201");
    static final BudgetLine PROJECT = BudgetLine.project(Fund.GENERAL_BUDGET, "2040202", "P01", "交通标志标线维护");
    static final BudgetLine UNIT_FUNDS = BudgetLine.basic(Fund.UNIT_FUNDS, "2040201");
    static final LocalDate DAY = LocalDate.of(2023, 5, 20);
    static final Instant AT = Instant.parse("2023-05-20T08:00:00Z");

    @Test
    void theOpeningBringsInEachBalanceByKind() {
        LedgerOpened opened = opened(List.of(new OpeningBalance(BASIC, BalanceKind.BASIC_CARRY_OVER, 500),
                new OpeningBalance(PROJECT, BalanceKind.PROJECT_SURPLUS, 300)));

        assertThat(opened.lineMovements()).containsExactly(
                new LineMovement(BASIC, Movement.CARRY_IN, 500, BalanceKind.BASIC_CARRY_OVER),
                new LineMovement(PROJECT, Movement.CARRY_IN, 300, BalanceKind.PROJECT_SURPLUS));
        assertThat(opened(List.of()).lineMovements()).isEmpty();
        assertThat(opened(null).lineMovements()).as("an event stored without the list still applies").isEmpty();
    }

    @Test
    void eachEntryOfTheYearMovesItsOneLine() {
        assertThat(new FundsAppropriated(LEDGER, BASIC, 100, "预-1", DAY, null, "r", "f", "u", AT).lineMovements())
                .containsExactly(LineMovement.of(BASIC, Movement.INITIAL, 100));
        assertThat(adjusted(AdjustmentDirection.INCREASE).lineMovements())
                .containsExactly(LineMovement.of(BASIC, Movement.INCREASE, 20));
        assertThat(adjusted(AdjustmentDirection.DECREASE).lineMovements())
                .containsExactly(LineMovement.of(BASIC, Movement.DECREASE, 20));
        assertThat(new RevenueRecorded(LEDGER, UNIT_FUNDS, RevenueType.BUSINESS, 70, "收-1", DAY, null, null, "r", "f", "u", AT)
                .lineMovements()).containsExactly(LineMovement.of(UNIT_FUNDS, Movement.REVENUE, 70));
        assertThat(new ExpenditureRecorded(LEDGER, PROJECT, "30213", 30, "记-1", DAY, "供应商", null,
                ExpenditureStatistics.NONE, null, null, "r", "f", "u", AT).lineMovements())
                .containsExactly(LineMovement.of(PROJECT, Movement.SPEND, 30));
        assertThat(new ExpenditureReversed(LEDGER, "记-1", PROJECT, "30213", 30, ExpenditureStatistics.NONE, "重复", DAY,
                "r", "f", "u", AT).lineMovements()).containsExactly(LineMovement.of(PROJECT, Movement.REVERSAL, 30));
        assertThat(new ThreePublicBudgetSet(LEDGER, ThreePublicCategory.RECEPTION, 1000, "预-2", DAY, "r", "f", "u", AT)
                .lineMovements()).isEmpty();
    }

    @Test
    void aTransferMovesBudgetOutOfOneLineAndIntoTheOther() {
        BudgetLine to = BudgetLine.basic(Fund.GENERAL_BUDGET, "2040219");
        assertThat(new BudgetTransferred(LEDGER, BASIC, to, 40, "调剂", "调-2", DAY, "r", "f", "u", AT).lineMovements())
                .containsExactly(LineMovement.of(BASIC, Movement.TRANSFER_OUT, 40), LineMovement.of(to, Movement.TRANSFER_IN, 40));
    }

    @Test
    void theCloseMovesEachLineByItsDispositionWithTheKindItsBalanceBecomes() {
        YearClosed closed = new YearClosed(LEDGER, LocalDate.of(2024, 1, 31), Disposition.RECOVER, List.of(
                new LineClosing(BASIC, Disposition.RECOVER, 10, null),
                new LineClosing(PROJECT, Disposition.SURPLUS, 20, BalanceKind.PROJECT_SURPLUS),
                new LineClosing(UNIT_FUNDS, Disposition.CARRY_FORWARD, 30, BalanceKind.BASIC_CARRY_OVER)),
                "r", "f", "u", AT);

        assertThat(closed.lineMovements()).containsExactly(
                new LineMovement(BASIC, Movement.RECOVER, 10, null),
                new LineMovement(PROJECT, Movement.SURPLUS, 20, BalanceKind.PROJECT_SURPLUS),
                new LineMovement(UNIT_FUNDS, Movement.CARRY_OUT, 30, BalanceKind.BASIC_CARRY_OVER));
    }

    private static LedgerOpened opened(List<OpeningBalance> balances) {
        return new LedgerOpened(LEDGER, "ZZJJ", "株洲市公安局交通警察支队", 2023, balances, false, LocalDate.of(2023, 1, 1),
                "open", "f", "u", AT);
    }

    private static BudgetAdjusted adjusted(AdjustmentDirection direction) {
        return new BudgetAdjusted(LEDGER, BASIC, direction, 20, "年中调整", "调-1", DAY, "r", "f", "u", AT);
    }
}
