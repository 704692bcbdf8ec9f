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
import static org.budgetledger.command.ledger.LedgerFixtures.newFixture;
import static org.budgetledger.command.ledger.LedgerFixtures.opened;
import static org.budgetledger.command.ledger.LedgerFixtures.rejectedWith;
import static org.budgetledger.command.ledger.LedgerFixtures.revenue;
import static org.budgetledger.command.ledger.LedgerFixtures.reverse;
import static org.budgetledger.command.ledger.LedgerFixtures.spend;
import static org.budgetledger.command.ledger.LedgerFixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.budgetledger.command.ledger.Commands.ApprovePayment;
import org.budgetledger.command.ledger.Commands.RecordExpenditure;
import org.budgetledger.command.ledger.Commands.RecordStatement;
import org.budgetledger.command.ledger.Commands.RequestPayment;
import org.budgetledger.command.ledger.Commands.SetControlBudget;
import org.budgetledger.events.ControlBudgetSet;
import org.budgetledger.events.Disposition;
import org.budgetledger.events.ExpenditureRecorded;
import org.budgetledger.events.ExpenditureStatistics;
import org.budgetledger.events.PaymentApproved;
import org.budgetledger.events.PaymentRequested;
import org.budgetledger.events.StatementRecorded;
import org.budgetledger.publication.ControlBudgetCategory;
import org.budgetledger.publication.Procurement;
import org.budgetledger.publication.ProcurementMethod;
import org.budgetledger.publication.StatementKind;
import org.budgetledger.publication.SupplierSize;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.Test;

/**
 * The facts of the whole publication: procurement carried from a request into its events, the
 * 会议费/培训费 control budgets as hard limits (payment requests included), the 机关运行经费 budget
 * only recorded, and statements.
 */
class PublicationFactsTest {

    private static final String MEETING = "30215";
    private static final String TRAINING = "30216";
    private static final String CLERK = "zzjj-clerk";
    private static final String CHIEF = "zzjj-chief";
    private static final Procurement GOODS_SMALL = new Procurement(ProcurementMethod.GOODS, SupplierSize.SMALL_MICRO);

    private final AggregateTestFixture<Ledger> fixture = newFixture();

    private static SetControlBudget controlBudget(String requestId, ControlBudgetCategory category, String amount) {
        return new SetControlBudget(LEDGER, requestId, BY, category, yuan(amount), "株财预〔2023〕1号", LocalDate.of(2023, 1, 10));
    }

    private static RecordExpenditure procured(String requestId, String economicCode, String amount, String voucherNo,
            Procurement procurement) {
        return new RecordExpenditure(LEDGER, requestId, BY, BASIC, economicCode, yuan(amount), IN_YEAR, voucherNo, "株洲市文具供应站",
                "办公用品", ExpenditureStatistics.NONE, null, procurement);
    }

    private static RequestPayment request(String requestId, String economicCode, String amount, String voucherNo,
            Procurement procurement) {
        return new RequestPayment(LEDGER, requestId, CLERK, BASIC, economicCode, yuan(amount), IN_YEAR, voucherNo, "株洲市文具供应站",
                "办公用品", ExpenditureStatistics.NONE, procurement);
    }

    @Test
    void anExpenditureCarriesItsProcurement() {
        RecordExpenditure command = procured("exp-1", "31002", "900.00", "V-1", GOODS_SMALL);

        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"))
                .when(command)
                .expectEvents(new ExpenditureRecorded(LEDGER, BASIC, "31002", yuan("900.00"), "V-1", IN_YEAR, "株洲市文具供应站", "办公用品",
                        ExpenditureStatistics.NONE, null, GOODS_SMALL, "exp-1", RequestFingerprint.of(command), BY,
                        fixture.currentTime()));
    }

    @Test
    void aPaymentRequestCarriesItsProcurementIntoItsApproval() {
        RequestPayment command = request("pr-1", OFFICE, "300.00", "V-1",
                new Procurement(ProcurementMethod.SERVICES, SupplierSize.MEDIUM));
        ApprovePayment approval = new ApprovePayment(LEDGER, "ap-1", CHIEF, "PR-3", LocalDate.of(2023, 5, 22));

        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), command)
                .when(approval)
                .expectEvents(new PaymentApproved(LEDGER, "PR-3", BASIC, OFFICE, yuan("300.00"), "V-1", "株洲市文具供应站", "办公用品",
                        ExpenditureStatistics.NONE, new Procurement(ProcurementMethod.SERVICES, SupplierSize.MEDIUM), CLERK,
                        LocalDate.of(2023, 5, 22), "ap-1", RequestFingerprint.of(approval), CHIEF, fixture.currentTime()));
    }

    @Test
    void aRequestWithoutProcurementKeepsTheFingerprintItHadBeforeProcurementExisted() {
        RecordExpenditure without = spend("exp-1", BASIC, OFFICE, "10.00", "V-1");
        RecordExpenditure with = procured("exp-1", OFFICE, "10.00", "V-1", GOODS_SMALL);

        // The digest of the command as it was declared before procurement existed.
        assertThat(RequestFingerprint.of(without)).isEqualTo(RequestFingerprint.of(new Before.RecordExpenditure(LEDGER, "exp-1", BY,
                BASIC, OFFICE, yuan("10.00"), IN_YEAR, "V-1", "株洲市文具供应站", "办公用品", ExpenditureStatistics.NONE, null)));
        assertThat(RequestFingerprint.of(with)).isNotEqualTo(RequestFingerprint.of(without));
    }

    /** The commands as they were declared before procurement: same simple names, same other components. */
    private static final class Before {
        private record RecordExpenditure(String ledgerId, String requestId, String recordedBy,
                org.budgetledger.line.BudgetLine line, String economicCode, long amountFen, LocalDate effectiveDate,
                String voucherNo, String payee, String description, ExpenditureStatistics statistics, String counterpartyUnit) {
        }
    }

    @Test
    void settingAControlBudgetIsRecorded() {
        SetControlBudget command = controlBudget("cb-1", ControlBudgetCategory.MEETING, "90000.00");

        fixture.given(opened())
                .when(command)
                .expectEvents(new ControlBudgetSet(LEDGER, ControlBudgetCategory.MEETING, yuan("90000.00"), "株财预〔2023〕1号",
                        LocalDate.of(2023, 1, 10), "cb-1", RequestFingerprint.of(command), BY, fixture.currentTime()))
                .expectResultMessagePayload(new CommandOutcome("cb-1", LEDGER, 2, false, null));
    }

    @Test
    void meetingSpendingBeyondItsControlBudgetIsRefusedWithNothingRecorded() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "5000.00"), appropriate("app-2", PROJECT, "5000.00"),
                        controlBudget("cb-1", ControlBudgetCategory.MEETING, "1000.00"),
                        spend("exp-1", BASIC, MEETING, "600.00", "V-1"))
                .when(spend("exp-2", PROJECT, MEETING, "400.01", "V-2"))
                .expectException(rejectedWith(ErrorCode.CONTROL_BUDGET_EXCEEDED))
                .expectExceptionMessage("An expenditure of 400.01 on 会议费 would bring its spending to 1000.01,"
                        + " above its control budget of 1000.00")
                .expectNoEvents();
    }

    @Test
    void trainingSpendingUpToItsControlBudgetExactlyIsRecorded() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "5000.00"),
                        controlBudget("cb-1", ControlBudgetCategory.TRAINING, "1000.00"),
                        spend("exp-1", BASIC, TRAINING, "600.00", "V-1"))
                .when(spend("exp-2", BASIC, TRAINING, "400.00", "V-2"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void trainingSpendingWithoutAControlBudgetIsRefused() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "5000.00"))
                .when(spend("exp-1", BASIC, TRAINING, "0.01", "V-1"))
                .expectException(rejectedWith(ErrorCode.CONTROL_BUDGET_EXCEEDED))
                .expectExceptionMessage("An expenditure of 0.01 on 培训费 would bring its spending to 0.01,"
                        + " above its control budget of 0.00 (none set yet: set one with SetControlBudget)")
                .expectNoEvents();
    }

    @Test
    void aPaymentRequestBeyondTheControlBudgetIsRefusedAndPendingRequestsCountAgainstIt() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "5000.00"),
                        controlBudget("cb-1", ControlBudgetCategory.MEETING, "1000.00"),
                        request("pr-1", MEETING, "700.00", "V-1", null))
                .when(request("pr-2", MEETING, "300.01", "V-2", null))
                .expectException(rejectedWith(ErrorCode.CONTROL_BUDGET_EXCEEDED))
                .expectExceptionMessage("A payment request of 300.01 on 会议费 would bring its spending and pending requests"
                        + " to 1000.01, above its control budget of 1000.00")
                .expectNoEvents();
    }

    @Test
    void anExpenditureBeyondWhatPendingRequestsLeaveOfTheBudgetIsRefused() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "5000.00"),
                        controlBudget("cb-1", ControlBudgetCategory.MEETING, "1000.00"),
                        request("pr-1", MEETING, "700.00", "V-1", null))
                .when(spend("exp-1", BASIC, MEETING, "300.01", "V-2"))
                .expectException(rejectedWith(ErrorCode.CONTROL_BUDGET_EXCEEDED))
                .expectNoEvents();
    }

    @Test
    void aReversalGivesItsAmountBackToTheControlBudget() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "5000.00"),
                        controlBudget("cb-1", ControlBudgetCategory.MEETING, "1000.00"),
                        spend("exp-1", BASIC, MEETING, "1000.00", "V-1"), reverse("rev-1", "V-1"))
                .when(spend("exp-2", BASIC, MEETING, "1000.00", "V-2"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aControlBudgetCannotBeSetBelowWhatIsSpentAndHeld() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "5000.00"),
                        controlBudget("cb-1", ControlBudgetCategory.TRAINING, "1000.00"),
                        spend("exp-1", BASIC, TRAINING, "600.00", "V-1"), request("pr-1", TRAINING, "300.00", "V-2", null))
                .when(controlBudget("cb-2", ControlBudgetCategory.TRAINING, "899.99"))
                .expectException(rejectedWith(ErrorCode.CONTROL_BUDGET_EXCEEDED))
                .expectExceptionMessage("A control budget of 899.99 for 培训费 is below the 600.00 already spent"
                        + " and the 300.00 held by pending payment requests")
                .expectNoEvents();
    }

    @Test
    void unitFundsAreNotLimitedByTheMeetingBudget() {
        fixture.given(opened())
                .andGivenCommands(revenue("rev-1", UNIT_FUNDS, "800.00", "R-1"))
                .when(spend("exp-1", UNIT_FUNDS, MEETING, "800.00", "V-1"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theOperatingCostsBudgetIsRecordedButNeverLimitsSpending() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "5000.00"),
                        controlBudget("cb-1", ControlBudgetCategory.OPERATING_COSTS, "100.00"))
                .when(spend("exp-1", BASIC, OFFICE, "4000.00", "V-1"))
                .expectSuccessfulHandlerExecution();
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "5000.00"), spend("exp-1", BASIC, OFFICE, "4000.00", "V-1"))
                .when(controlBudget("cb-1", ControlBudgetCategory.OPERATING_COSTS, "0.00"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aStatementIsRecordedWithItsFiguresInNameOrder() {
        RecordStatement command = new RecordStatement(LEDGER, "st-1", BY, StatementKind.ASSETS,
                Map.of("OTHER", "3", "EMERGENCY", "1", "LAW_ENFORCEMENT", "124"), LocalDate.of(2023, 12, 31));

        fixture.given(opened())
                .when(command)
                .expectEvents(new StatementRecorded(LEDGER, StatementKind.ASSETS,
                        Map.of("EMERGENCY", "1", "LAW_ENFORCEMENT", "124", "OTHER", "3"), LocalDate.of(2023, 12, 31), "st-1",
                        RequestFingerprint.of(command), BY, fixture.currentTime()));
        assertThat(RequestFingerprint.of(command)).as("the order the client wrote the figures in does not matter")
                .isEqualTo(RequestFingerprint.of(new RecordStatement(LEDGER, "st-1", BY, StatementKind.ASSETS,
                        new java.util.LinkedHashMap<>(Map.of("LAW_ENFORCEMENT", "124", "OTHER", "3", "EMERGENCY", "1")),
                        LocalDate.of(2023, 12, 31))));
    }

    @Test
    void aStatementMayFollowTheCloseUntilTheEndOfMarch() {
        fixture.given(opened())
                .andGivenCommands(close("close-1", LocalDate.of(2023, 12, 31), Disposition.CARRY_FORWARD))
                .when(new RecordStatement(LEDGER, "st-1", BY, StatementKind.ASSETS, Map.of("EMERGENCY", "1"),
                        LocalDate.of(2024, 3, 31)))
                .expectSuccessfulHandlerExecution();
        fixture.given(opened())
                .when(new RecordStatement(LEDGER, "st-1", BY, StatementKind.ASSETS, Map.of("EMERGENCY", "1"),
                        LocalDate.of(2024, 4, 1)))
                .expectException(rejectedWith(ErrorCode.DATE_OUTSIDE_FISCAL_YEAR))
                .expectNoEvents();
    }

    @Test
    void aStatementNamingAFigureItsKindDoesNotHaveIsRefused() {
        fixture.given(opened())
                .when(new RecordStatement(LEDGER, "st-1", BY, StatementKind.PRIOR_YEAR, Map.of("EMERGENCY", "1"),
                        LocalDate.of(2023, 12, 31)))
                .expectException(rejectedWith(ErrorCode.VALIDATION_FAILED))
                .expectNoEvents();
    }
}
