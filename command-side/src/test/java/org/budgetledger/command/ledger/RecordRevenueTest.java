package org.budgetledger.command.ledger;

import static org.budgetledger.command.ledger.LedgerFixtures.BASIC;
import static org.budgetledger.command.ledger.LedgerFixtures.BY;
import static org.budgetledger.command.ledger.LedgerFixtures.LEDGER;
import static org.budgetledger.command.ledger.LedgerFixtures.OFFICE;
import static org.budgetledger.command.ledger.LedgerFixtures.UNIT_FUNDS;
import static org.budgetledger.command.ledger.LedgerFixtures.UNIT_FUNDS_PROJECT;
import static org.budgetledger.command.ledger.LedgerFixtures.appropriate;
import static org.budgetledger.command.ledger.LedgerFixtures.invalidField;
import static org.budgetledger.command.ledger.LedgerFixtures.newFixture;
import static org.budgetledger.command.ledger.LedgerFixtures.opened;
import static org.budgetledger.command.ledger.LedgerFixtures.rejectedWith;
import static org.budgetledger.command.ledger.LedgerFixtures.revenue;
import static org.budgetledger.command.ledger.LedgerFixtures.spend;
import static org.budgetledger.command.ledger.LedgerFixtures.yuan;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.budgetledger.command.ledger.Commands.RecordRevenue;
import org.budgetledger.events.RevenueRecorded;
import org.budgetledger.events.RevenueType;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.Fund;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.Test;

/** RecordRevenue: non-fiscal receipts, on UNIT_FUNDS lines only. */
class RecordRevenueTest {

    private final AggregateTestFixture<Ledger> fixture = newFixture();

    @Test
    void revenueOnAUnitFundsLineCreatesItAndMakesTheMoneyAvailable() {
        RecordRevenue command = revenue("rev-1", UNIT_FUNDS, "12000.00", "R-001");

        fixture.given(opened())
                .when(command)
                .expectEvents(new RevenueRecorded(LEDGER, UNIT_FUNDS, RevenueType.BUSINESS, yuan("12000.00"), "R-001",
                        LocalDate.of(2023, 3, 1), "驾驶人考试服务收入", null, "rev-1", RequestFingerprint.of(command), BY,
                        fixture.currentTime()))
                .expectResultMessagePayload(new CommandOutcome("rev-1", LEDGER, 2, false,
                        Figures.of(UNIT_FUNDS).revenue("12000.00").build()));
    }

    @Test
    void revenueOnAUnitFundsProjectLineIsRecorded() {
        fixture.given(opened())
                .when(revenue("rev-1", UNIT_FUNDS_PROJECT, "500.00", "R-001"))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new CommandOutcome("rev-1", LEDGER, 2, false,
                        Figures.of(UNIT_FUNDS_PROJECT).revenue("500.00").build()));
    }

    @Test
    void revenueCanBeSpentUpToWhatWasReceived() {
        fixture.given(opened())
                .andGivenCommands(revenue("rev-1", UNIT_FUNDS, "300.00", "R-001"), revenue("rev-2", UNIT_FUNDS, "200.00", "R-002"))
                .when(spend("exp-1", UNIT_FUNDS, OFFICE, "500.00", "V-1"))
                .expectResultMessagePayload(new CommandOutcome("exp-1", LEDGER, 4, false,
                        Figures.of(UNIT_FUNDS).revenue("500.00").spent("500.00").build()));
    }

    @Test
    void revenueOnAFiscalLineIsRejected() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "100.00"))
                .when(revenue("rev-1", BASIC, "10.00", "R-001"))
                .expectException(invalidField("line.fund"))
                .expectNoEvents();
    }

    @Test
    void revenueUnderAVoucherAlreadyUsedForRevenueIsRejected() {
        fixture.given(opened())
                .andGivenCommands(revenue("rev-1", UNIT_FUNDS, "300.00", "R-001"))
                .when(revenue("rev-2", UNIT_FUNDS, "10.00", "R-001"))
                .expectException(rejectedWith(ErrorCode.VOUCHER_EXISTS))
                .expectExceptionMessage("The voucher number R-001 is already used in ledger ZZJJ/2023")
                .expectNoEvents();
    }

    @Test
    void revenueUnderAVoucherAlreadyUsedForAnExpenditureIsRejected() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "100.00"), spend("exp-1", BASIC, OFFICE, "10.00", "V-1"))
                .when(revenue("rev-1", UNIT_FUNDS, "10.00", "V-1"))
                .expectException(rejectedWith(ErrorCode.VOUCHER_EXISTS))
                .expectNoEvents();
    }

    @Test
    void revenueOnAFunctionCodeOutsideTheCatalogueIsRejected() {
        fixture.given(opened())
                .when(revenue("rev-1", BudgetLine.basic(Fund.UNIT_FUNDS, "2040298"), "10.00", "R-001"))
                .expectException(rejectedWith(ErrorCode.UNKNOWN_FUNCTION_CODE))
                .expectNoEvents();
    }

    @Test
    void revenueDatedOutsideTheFiscalYearIsRejected() {
        fixture.given(opened())
                .when(new RecordRevenue(LEDGER, "rev-1", BY, UNIT_FUNDS, RevenueType.OTHER, yuan("10.00"),
                        LocalDate.of(2022, 12, 31), "R-001", null, null))
                .expectException(rejectedWith(ErrorCode.DATE_OUTSIDE_FISCAL_YEAR))
                .expectNoEvents();
    }
}
