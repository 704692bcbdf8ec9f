package org.budgetledger.command.ledger;

import static org.budgetledger.command.ledger.LedgerFixtures.BASIC;
import static org.budgetledger.command.ledger.LedgerFixtures.BY;
import static org.budgetledger.command.ledger.LedgerFixtures.LEDGER;
import static org.budgetledger.command.ledger.LedgerFixtures.OFFICE;
import static org.budgetledger.command.ledger.LedgerFixtures.PROJECT;
import static org.budgetledger.command.ledger.LedgerFixtures.UNIT_FUNDS;
import static org.budgetledger.command.ledger.LedgerFixtures.appropriate;
import static org.budgetledger.command.ledger.LedgerFixtures.decrease;
import static org.budgetledger.command.ledger.LedgerFixtures.increase;
import static org.budgetledger.command.ledger.LedgerFixtures.invalidField;
import static org.budgetledger.command.ledger.LedgerFixtures.newFixture;
import static org.budgetledger.command.ledger.LedgerFixtures.opened;
import static org.budgetledger.command.ledger.LedgerFixtures.rejectedWith;
import static org.budgetledger.command.ledger.LedgerFixtures.spend;
import static org.budgetledger.command.ledger.LedgerFixtures.yuan;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.budgetledger.command.ledger.Commands.MidYearAdjust;
import org.budgetledger.events.AdjustmentDirection;
import org.budgetledger.events.BudgetAdjusted;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.Test;

/** MidYearAdjust: 年中追加 (INCREASE) and 年中压减 (DECREASE) of a fiscal line. */
class MidYearAdjustTest {

    private final AggregateTestFixture<Ledger> fixture = newFixture();

    @Test
    void anIncreaseOnANewLineCreatesIt() {
        MidYearAdjust command = increase("adj-1", PROJECT, "80000.00");

        fixture.given(opened())
                .when(command)
                .expectEvents(new BudgetAdjusted(LEDGER, PROJECT, AdjustmentDirection.INCREASE, yuan("80000.00"), "年中据实调整",
                        "株财预〔2023〕57号", LocalDate.of(2023, 7, 15), "adj-1", RequestFingerprint.of(command), BY,
                        fixture.currentTime()))
                .expectResultMessagePayload(new CommandOutcome("adj-1", LEDGER, 2, false,
                        Figures.of(PROJECT).increases("80000.00").build()));
    }

    @Test
    void anIncreaseAddsToTheBudgetOfAnExistingLine() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), increase("adj-1", BASIC, "200.00"))
                .when(increase("adj-2", BASIC, "50.00"))
                .expectResultMessagePayload(new CommandOutcome("adj-2", LEDGER, 4, false,
                        Figures.of(BASIC).initial("1000.00").increases("250.00").build()));
    }

    @Test
    void aDecreaseCutsTheBudget() {
        MidYearAdjust command = decrease("adj-1", BASIC, "300.00");

        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"))
                .when(command)
                .expectEvents(new BudgetAdjusted(LEDGER, BASIC, AdjustmentDirection.DECREASE, yuan("300.00"), "年中据实调整",
                        "株财预〔2023〕57号", LocalDate.of(2023, 7, 15), "adj-1", RequestFingerprint.of(command), BY,
                        fixture.currentTime()))
                .expectResultMessagePayload(new CommandOutcome("adj-1", LEDGER, 3, false,
                        Figures.of(BASIC).initial("1000.00").decreases("300.00").build()));
    }

    @Test
    void aCutOfExactlyTheUnspentAmountIsAccepted() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), spend("exp-1", BASIC, OFFICE, "600.00", "V-1"))
                .when(decrease("adj-1", BASIC, "400.00"))
                .expectResultMessagePayload(new CommandOutcome("adj-1", LEDGER, 4, false,
                        Figures.of(BASIC).initial("1000.00").decreases("400.00").spent("600.00").build()));
    }

    @Test
    void aCutLargerThanTheUnspentAmountIsRejected() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), spend("exp-1", BASIC, OFFICE, "600.00", "V-1"))
                .when(decrease("adj-1", BASIC, "400.01"))
                .expectException(rejectedWith(ErrorCode.CUT_EXCEEDS_AVAILABLE))
                .expectExceptionMessage("A cut of 400.01 exceeds the available 400.00 of line GENERAL_BUDGET/2040201/BASIC")
                .expectNoEvents();
    }

    @Test
    void aCutOfALineTheLedgerDoesNotHaveIsRejected() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"))
                .when(decrease("adj-1", PROJECT, "1.00"))
                .expectException(rejectedWith(ErrorCode.LINE_NOT_FOUND))
                .expectExceptionMessage("No line GENERAL_BUDGET/2040202/PROJECT/P01 in ledger ZZJJ/2023")
                .expectNoEvents();
    }

    @Test
    void anAdjustmentOfUnitFundsIsRejected() {
        fixture.given(opened())
                .when(increase("adj-1", UNIT_FUNDS, "100.00"))
                .expectException(invalidField("line.fund"))
                .expectNoEvents();
    }

    @Test
    void anAdjustmentDatedOutsideTheFiscalYearIsRejected() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"))
                .when(new MidYearAdjust(LEDGER, "adj-1", BY, BASIC, AdjustmentDirection.INCREASE, yuan("10.00"), "追加",
                        "株财预〔2024〕2号", LocalDate.of(2024, 2, 1)))
                .expectException(rejectedWith(ErrorCode.DATE_OUTSIDE_FISCAL_YEAR))
                .expectNoEvents();
    }

    @Test
    void anAdjustmentNamingTheProjectDifferentlyIsRejected() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", PROJECT, "1000.00"))
                .when(increase("adj-1", PROJECT.withProjectName("另一个项目"), "10.00"))
                .expectException(rejectedWith(ErrorCode.PROJECT_NAME_MISMATCH))
                .expectNoEvents();
    }
}
