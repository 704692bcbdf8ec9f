package org.budgetledger.command.ledger;

import static org.budgetledger.command.ledger.LedgerFixtures.BASIC;
import static org.budgetledger.command.ledger.LedgerFixtures.BY;
import static org.budgetledger.command.ledger.LedgerFixtures.IN_YEAR;
import static org.budgetledger.command.ledger.LedgerFixtures.LEDGER;
import static org.budgetledger.command.ledger.LedgerFixtures.OFFICE;
import static org.budgetledger.command.ledger.LedgerFixtures.appropriate;
import static org.budgetledger.command.ledger.LedgerFixtures.close;
import static org.budgetledger.command.ledger.LedgerFixtures.decrease;
import static org.budgetledger.command.ledger.LedgerFixtures.invalidField;
import static org.budgetledger.command.ledger.LedgerFixtures.newFixture;
import static org.budgetledger.command.ledger.LedgerFixtures.opened;
import static org.budgetledger.command.ledger.LedgerFixtures.rejectedWith;
import static org.budgetledger.command.ledger.LedgerFixtures.reverse;
import static org.budgetledger.command.ledger.LedgerFixtures.spend;
import static org.budgetledger.command.ledger.LedgerFixtures.threePublicBudget;
import static org.budgetledger.command.ledger.LedgerFixtures.yuan;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.budgetledger.command.ledger.Commands.ApprovePayment;
import org.budgetledger.command.ledger.Commands.RejectPayment;
import org.budgetledger.command.ledger.Commands.RequestPayment;
import org.budgetledger.command.ledger.Commands.TransferBudget;
import org.budgetledger.events.Disposition;
import org.budgetledger.events.ExpenditureStatistics;
import org.budgetledger.events.PaymentApproved;
import org.budgetledger.events.PaymentRequestRejected;
import org.budgetledger.events.PaymentRequested;
import org.budgetledger.events.ThreePublicCategory;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.Fund;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.Test;

/**
 * Payment requests (冻结): a request reserves its amount under the rules of an expenditure, an
 * APPROVER other than the requester turns it into an expenditure, a rejection releases it.
 */
class PaymentRequestTest {

    private static final String CLERK = "zzjj-clerk";
    private static final String CHIEF = "zzjj-chief";
    private static final LocalDate PAID_ON = LocalDate.of(2023, 5, 22);
    private static final String RECEPTION = "30217";

    private final AggregateTestFixture<Ledger> fixture = newFixture();

    private static RequestPayment request(String requestId, String amount, String voucherNo) {
        return request(requestId, OFFICE, amount, voucherNo);
    }

    private static RequestPayment request(String requestId, String economicCode, String amount, String voucherNo) {
        return new RequestPayment(LEDGER, requestId, CLERK, BASIC, economicCode, yuan(amount), IN_YEAR, voucherNo, "株洲市文具供应站",
                "办公用品", ExpenditureStatistics.NONE);
    }

    private static ApprovePayment approve(String requestId, String paymentRequestId, String approver) {
        return new ApprovePayment(LEDGER, requestId, approver, paymentRequestId, PAID_ON);
    }

    private static RejectPayment reject(String requestId, String paymentRequestId) {
        return new RejectPayment(LEDGER, requestId, CHIEF, paymentRequestId, "发票抬头有误", PAID_ON);
    }

    @Test
    void aRequestReservesItsAmountAndAnswersItsId() {
        RequestPayment command = request("pr-1", "300.00", "V-1");

        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"))
                .when(command)
                .expectEvents(new PaymentRequested(LEDGER, "PR-3", BASIC, OFFICE, yuan("300.00"), "V-1", IN_YEAR, "株洲市文具供应站",
                        "办公用品", ExpenditureStatistics.NONE, null, "pr-1", RequestFingerprint.of(command), CLERK, fixture.currentTime()))
                .expectResultMessagePayload(new CommandOutcome("pr-1", LEDGER, 3, false,
                        Figures.of(BASIC).initial("1000.00").reserved("300.00").build(), "PR-3"));
    }

    @Test
    void aRepeatedRequestAnswersTheSameIdAndRecordsNothing() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), request("pr-1", "300.00", "V-1"))
                .when(request("pr-1", "300.00", "V-1"))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandOutcome("pr-1", LEDGER, 3, true,
                        Figures.of(BASIC).initial("1000.00").reserved("300.00").build(), "PR-3"));
    }

    @Test
    void pendingRequestsCannotTogetherExceedTheLine() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), request("pr-1", "600.00", "V-1"))
                .when(request("pr-2", "400.01", "V-2"))
                .expectException(rejectedWith(ErrorCode.EXCEEDS_AVAILABLE))
                .expectNoEvents();
    }

    @Test
    void anExpenditureCannotTakeWhatARequestHolds() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), request("pr-1", "600.00", "V-1"))
                .when(spend("exp-1", BASIC, OFFICE, "400.01", "V-2"))
                .expectException(rejectedWith(ErrorCode.EXCEEDS_AVAILABLE))
                .expectNoEvents();
    }

    @Test
    void neitherACutNorATransferCanTakeWhatARequestHolds() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), request("pr-1", "600.00", "V-1"))
                .when(decrease("adj-1", BASIC, "400.01"))
                .expectException(rejectedWith(ErrorCode.CUT_EXCEEDS_AVAILABLE))
                .expectNoEvents();
        newFixture().given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), request("pr-1", "600.00", "V-1"))
                .when(new TransferBudget(LEDGER, "tr-1", BY, BASIC, BudgetLine.basic(Fund.GENERAL_BUDGET, "2040219"),
                        yuan("400.01"), "调剂", "调-1", IN_YEAR))
                .expectException(rejectedWith(ErrorCode.EXCEEDS_AVAILABLE))
                .expectNoEvents();
    }

    @Test
    void aRequestIsCheckedAsAnExpenditure() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), spend("exp-1", BASIC, OFFICE, "10.00", "V-1"))
                .when(request("pr-1", "10.00", "V-1"))
                .expectException(rejectedWith(ErrorCode.VOUCHER_EXISTS))
                .expectNoEvents();
        newFixture().given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"))
                .when(request("pr-1", "30901", "10.00", "V-1"))
                .expectException(invalidField("economicCode"))
                .expectNoEvents();
    }

    @Test
    void aPendingRequestHoldsItsVoucherNumber() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), request("pr-1", "10.00", "V-1"))
                .when(spend("exp-1", BASIC, OFFICE, "10.00", "V-1"))
                .expectException(rejectedWith(ErrorCode.VOUCHER_EXISTS))
                .expectNoEvents();
    }

    @Test
    void pendingThreePublicRequestsCountAgainstTheControlBudget() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"),
                        threePublicBudget("3p-1", ThreePublicCategory.RECEPTION, "100.00"),
                        request("pr-1", RECEPTION, "60.00", "V-1"))
                .when(request("pr-2", RECEPTION, "40.01", "V-2"))
                .expectException(rejectedWith(ErrorCode.THREE_PUBLIC_BUDGET_EXCEEDED))
                .expectNoEvents();
        newFixture().given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"),
                        threePublicBudget("3p-1", ThreePublicCategory.RECEPTION, "100.00"),
                        request("pr-1", RECEPTION, "60.00", "V-1"))
                .when(spend("exp-1", BASIC, RECEPTION, "40.01", "V-2"))
                .expectException(rejectedWith(ErrorCode.THREE_PUBLIC_BUDGET_EXCEEDED))
                .expectNoEvents();
        newFixture().given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"),
                        threePublicBudget("3p-1", ThreePublicCategory.RECEPTION, "100.00"),
                        request("pr-1", RECEPTION, "60.00", "V-1"))
                .when(threePublicBudget("3p-2", ThreePublicCategory.RECEPTION, "59.99"))
                .expectException(rejectedWith(ErrorCode.THREE_PUBLIC_BUDGET_EXCEEDED))
                .expectNoEvents();
    }

    @Test
    void anotherApproverTurnsTheReservationIntoAnExpenditure() {
        ApprovePayment command = approve("ap-1", "PR-3", CHIEF);

        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), request("pr-1", "300.00", "V-1"))
                .when(command)
                .expectEvents(new PaymentApproved(LEDGER, "PR-3", BASIC, OFFICE, yuan("300.00"), "V-1", "株洲市文具供应站", "办公用品",
                        ExpenditureStatistics.NONE, null, CLERK, PAID_ON, "ap-1", RequestFingerprint.of(command), CHIEF,
                        fixture.currentTime()))
                .expectResultMessagePayload(new CommandOutcome("ap-1", LEDGER, 4, false,
                        Figures.of(BASIC).initial("1000.00").spent("300.00").build(), "PR-3"));
    }

    @Test
    void theRequesterCannotApproveTheirOwnRequest() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), request("pr-1", "300.00", "V-1"))
                .when(approve("ap-1", "PR-3", CLERK))
                .expectException(rejectedWith(ErrorCode.SELF_APPROVAL_FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void aRejectionReleasesTheReservationAndTheVoucher() {
        RejectPayment command = reject("rj-1", "PR-3");

        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), request("pr-1", "300.00", "V-1"))
                .when(command)
                .expectEvents(new PaymentRequestRejected(LEDGER, "PR-3", BASIC, OFFICE, yuan("300.00"), "V-1", CLERK, "发票抬头有误",
                        PAID_ON, "rj-1", RequestFingerprint.of(command), CHIEF, fixture.currentTime()))
                .expectResultMessagePayload(new CommandOutcome("rj-1", LEDGER, 4, false,
                        Figures.of(BASIC).initial("1000.00").build(), "PR-3"));
        newFixture().given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), request("pr-1", "300.00", "V-1"),
                        reject("rj-1", "PR-3"))
                .when(spend("exp-1", BASIC, OFFICE, "1000.00", "V-1"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anUndatedRejectionTakesTheRequestsDate() {
        RejectPayment command = new RejectPayment(LEDGER, "rj-1", CHIEF, "PR-3", "撤回", null);
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), request("pr-1", "300.00", "V-1"))
                .when(command)
                .expectEvents(new PaymentRequestRejected(LEDGER, "PR-3", BASIC, OFFICE, yuan("300.00"), "V-1", CLERK, "撤回",
                        IN_YEAR, "rj-1", RequestFingerprint.of(command), CHIEF, fixture.currentTime()));
    }

    @Test
    void aDecidedRequestIsNoLongerPending() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), request("pr-1", "300.00", "V-1"),
                        approve("ap-1", "PR-3", CHIEF))
                .when(reject("rj-1", "PR-3"))
                .expectException(rejectedWith(ErrorCode.PAYMENT_REQUEST_NOT_PENDING))
                .expectNoEvents();
        newFixture().given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), request("pr-1", "300.00", "V-1"),
                        reject("rj-1", "PR-3"))
                .when(approve("ap-1", "PR-3", CHIEF))
                .expectException(rejectedWith(ErrorCode.PAYMENT_REQUEST_NOT_PENDING))
                .expectNoEvents();
    }

    @Test
    void anUnknownRequestIsNotFound() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"))
                .when(approve("ap-1", "PR-2", CHIEF))
                .expectException(rejectedWith(ErrorCode.PAYMENT_REQUEST_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void aDecisionIsNotDatedBeforeTheRequest() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), request("pr-1", "300.00", "V-1"))
                .when(new ApprovePayment(LEDGER, "ap-1", CHIEF, "PR-3", IN_YEAR.minusDays(1)))
                .expectException(invalidField("effectiveDate"))
                .expectNoEvents();
        newFixture().given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), request("pr-1", "300.00", "V-1"))
                .when(new ApprovePayment(LEDGER, "ap-1", CHIEF, "PR-3", LocalDate.of(2024, 1, 2)))
                .expectException(rejectedWith(ErrorCode.DATE_OUTSIDE_FISCAL_YEAR))
                .expectNoEvents();
    }

    @Test
    void theYearCannotCloseWhileARequestIsPending() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), request("pr-1", "300.00", "V-1"))
                .when(close("close", LocalDate.of(2023, 12, 31), Disposition.CARRY_FORWARD))
                .expectException(rejectedWith(ErrorCode.PENDING_PAYMENT_REQUESTS))
                .expectNoEvents();
    }

    @Test
    void anApprovedRequestIsReversedLikeAnyExpenditure() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), request("pr-1", "300.00", "V-1"),
                        approve("ap-1", "PR-3", CHIEF))
                .when(reverse("rev-1", "V-1"))
                .expectResultMessagePayload(new CommandOutcome("rev-1", LEDGER, 5, false,
                        Figures.of(BASIC).initial("1000.00").build()));
    }

    @Test
    void aClosedLedgerTakesNoRequest() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), close("close", LocalDate.of(2023, 12, 31),
                        Disposition.CARRY_FORWARD))
                .when(request("pr-1", "300.00", "V-1"))
                .expectException(rejectedWith(ErrorCode.LEDGER_CLOSED))
                .expectNoEvents();
    }

    @Test
    void anApproverMayRequestButStillNotApproveTheirOwn() {
        RequestPayment byChief = new RequestPayment(LEDGER, "pr-1", BY, BASIC, OFFICE, yuan("10.00"), IN_YEAR, "V-1", null, null,
                ExpenditureStatistics.NONE);
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), byChief)
                .when(approve("ap-1", "PR-3", BY))
                .expectException(rejectedWith(ErrorCode.SELF_APPROVAL_FORBIDDEN))
                .expectNoEvents();
    }
}
