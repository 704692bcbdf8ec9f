package org.budgetledger.command.ledger;

import static org.budgetledger.command.ledger.LedgerFixtures.BASIC;
import static org.budgetledger.command.ledger.LedgerFixtures.BY;
import static org.budgetledger.command.ledger.LedgerFixtures.IN_YEAR;
import static org.budgetledger.command.ledger.LedgerFixtures.LEDGER;
import static org.budgetledger.command.ledger.LedgerFixtures.OFFICE;
import static org.budgetledger.command.ledger.LedgerFixtures.PROJECT;
import static org.budgetledger.command.ledger.LedgerFixtures.UNIT_FUNDS;
import static org.budgetledger.command.ledger.LedgerFixtures.appropriate;
import static org.budgetledger.command.ledger.LedgerFixtures.close;
import static org.budgetledger.command.ledger.LedgerFixtures.invalidField;
import static org.budgetledger.command.ledger.LedgerFixtures.newFixture;
import static org.budgetledger.command.ledger.LedgerFixtures.opened;
import static org.budgetledger.command.ledger.LedgerFixtures.rejectedWith;
import static org.budgetledger.command.ledger.LedgerFixtures.spend;
import static org.budgetledger.command.ledger.LedgerFixtures.yuan;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.budgetledger.command.ledger.Commands.TransferBudget;
import org.budgetledger.events.BudgetTransferred;
import org.budgetledger.events.Disposition;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.Fund;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.Test;

/** TransferBudget (调剂): budget moved between two fiscal lines of the same fund and nature. */
class TransferBudgetTest {

    private static final BudgetLine OTHER_BASIC = BudgetLine.basic(Fund.GENERAL_BUDGET, "2040219");
    private static final BudgetLine OTHER_PROJECT = BudgetLine.project(Fund.GENERAL_BUDGET, "2040219", "P02", "集成指挥平台升级");
    private static final BudgetLine GOVERNMENT_BASIC = BudgetLine.basic(Fund.GOVERNMENT_FUND, "2120501");

    private final AggregateTestFixture<Ledger> fixture = newFixture();

    private static TransferBudget transfer(String requestId, BudgetLine from, BudgetLine to, String amount) {
        return new TransferBudget(LEDGER, requestId, BY, from, to, yuan(amount), "项目调剂", "株财预〔2023〕41号", IN_YEAR);
    }

    @Test
    void aTransferMovesBudgetToANewLineInOneEntry() {
        TransferBudget command = transfer("tr-1", BASIC, OTHER_BASIC, "300.00");

        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"))
                .when(command)
                .expectEvents(new BudgetTransferred(LEDGER, BASIC, OTHER_BASIC, yuan("300.00"), "项目调剂", "株财预〔2023〕41号",
                        IN_YEAR, "tr-1", RequestFingerprint.of(command), BY, fixture.currentTime()))
                .expectResultMessagePayload(new CommandOutcome("tr-1", LEDGER, 3, false, null));
    }

    @Test
    void theToLineKeepsItsInitialBudgetAndGainsAvailable() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), appropriate("app-2", OTHER_BASIC, "500.00"),
                        transfer("tr-1", BASIC, OTHER_BASIC, "300.00"))
                .when(spend("exp-1", OTHER_BASIC, OFFICE, "800.00", "V-1"))
                .expectResultMessagePayload(new CommandOutcome("exp-1", LEDGER, 5, false,
                        Figures.of(OTHER_BASIC).initial("500.00").transfersIn("300.00").spent("800.00").build()));
    }

    @Test
    void theFromLineKeepsItsInitialBudgetAndLosesAvailable() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), transfer("tr-1", BASIC, OTHER_BASIC, "300.00"))
                .when(spend("exp-1", BASIC, OFFICE, "700.00", "V-1"))
                .expectResultMessagePayload(new CommandOutcome("exp-1", LEDGER, 4, false,
                        Figures.of(BASIC).initial("1000.00").transfersOut("300.00").spent("700.00").build()));
    }

    @Test
    void aTransferBetweenProjectsNeedsTheNewProjectsName() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", PROJECT, "1000.00"))
                .when(transfer("tr-1", PROJECT, OTHER_PROJECT.withProjectName(null), "10.00"))
                .expectException(invalidField("to.projectName"))
                .expectNoEvents();
    }

    @Test
    void aTransferOfExactlyTheAvailableAmountIsAccepted() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), spend("exp-1", BASIC, OFFICE, "600.00", "V-1"))
                .when(transfer("tr-1", BASIC, OTHER_BASIC, "400.00"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aTransferBeyondTheAvailableIsRejected() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), spend("exp-1", BASIC, OFFICE, "600.00", "V-1"))
                .when(transfer("tr-1", BASIC, OTHER_BASIC, "400.01"))
                .expectException(rejectedWith(ErrorCode.EXCEEDS_AVAILABLE))
                .expectExceptionMessage("A transfer of 400.01 exceeds the available 400.00 of line GENERAL_BUDGET/2040201/BASIC")
                .expectNoEvents();
    }

    @Test
    void aTransferFromBasicToProjectIsNotAllowed() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"))
                .when(transfer("tr-1", BASIC, PROJECT, "10.00"))
                .expectException(rejectedWith(ErrorCode.TRANSFER_NOT_ALLOWED))
                .expectNoEvents();
    }

    @Test
    void aTransferBetweenFundsIsNotAllowed() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"))
                .when(transfer("tr-1", BASIC, GOVERNMENT_BASIC, "10.00"))
                .expectException(rejectedWith(ErrorCode.TRANSFER_NOT_ALLOWED))
                .expectNoEvents();
    }

    @Test
    void aTransferFromALineTheLedgerDoesNotHaveIsRejected() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"))
                .when(transfer("tr-1", OTHER_BASIC, BASIC, "10.00"))
                .expectException(rejectedWith(ErrorCode.LINE_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void aTransferToTheSameLineIsRejected() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"))
                .when(transfer("tr-1", BASIC, BASIC, "10.00"))
                .expectException(invalidField("to"))
                .expectNoEvents();
    }

    @Test
    void aTransferOfUnitFundsIsRejected() {
        fixture.given(opened())
                .when(transfer("tr-1", UNIT_FUNDS, BudgetLine.basic(Fund.UNIT_FUNDS, "2040219"), "10.00"))
                .expectException(invalidField("from.fund"))
                .expectNoEvents();
    }

    @Test
    void aTransferWithAnUnknownFunctionCodeIsRejected() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"))
                .when(transfer("tr-1", BASIC, BudgetLine.basic(Fund.GENERAL_BUDGET, "9999999"), "10.00"))
                .expectException(rejectedWith(ErrorCode.UNKNOWN_FUNCTION_CODE))
                .expectNoEvents();
    }

    @Test
    void aTransferDatedOutsideTheFiscalYearIsRejected() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"))
                .when(new TransferBudget(LEDGER, "tr-1", BY, BASIC, OTHER_BASIC, yuan("10.00"), "调剂", "株财预〔2024〕2号",
                        LocalDate.of(2024, 2, 1)))
                .expectException(rejectedWith(ErrorCode.DATE_OUTSIDE_FISCAL_YEAR))
                .expectNoEvents();
    }

    @Test
    void aTransferInAClosedLedgerIsRejected() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"),
                        close("close", LocalDate.of(2023, 12, 31), Disposition.CARRY_FORWARD))
                .when(transfer("tr-1", BASIC, OTHER_BASIC, "10.00"))
                .expectException(rejectedWith(ErrorCode.LEDGER_CLOSED))
                .expectNoEvents();
    }

    @Test
    void aRepeatedTransferIsAnsweredAgainWithoutARecord() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), transfer("tr-1", BASIC, OTHER_BASIC, "10.00"))
                .when(transfer("tr-1", BASIC, OTHER_BASIC, "10.00"))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandOutcome("tr-1", LEDGER, 3, true, null));
    }
}
