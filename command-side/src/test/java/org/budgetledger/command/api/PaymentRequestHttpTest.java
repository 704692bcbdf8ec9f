package org.budgetledger.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.command.Requests.closing;
import static org.budgetledger.command.Requests.expenditure;
import static org.budgetledger.command.Requests.generalBasicLine;
import static org.budgetledger.command.Requests.map;

import java.util.Map;
import org.budgetledger.command.Answer;
import org.budgetledger.command.CommandSideHttpTest;
import org.budgetledger.command.LedgerApi;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.Test;

/**
 * Payment requests (冻结) over HTTP: raised by a RECORDER, decided by an APPROVER who is someone
 * else, and every code they can be refused with; each refusal records nothing.
 */
class PaymentRequestHttpTest extends CommandSideHttpTest {

    private String unit;
    private LedgerApi clerk;

    /** A unit with 1000.00 on its basic line and a clerk (RECORDER) of it; the default user approves. */
    private void unitWithClerk() {
        unit = newUnit("PR");
        open2023WithBasicBudget(unit, "1000.00");
        clerk = api.ensureUser("pr-clerk-" + unit, unit + ":RECORDER");
    }

    private Answer requestPayment(LedgerApi who, String requestId, String amount, String voucherNo) {
        return who.command(unit, 2023, "payment-requests", expenditure(requestId, generalBasicLine(), "30201", amount, voucherNo));
    }

    private Answer approve(LedgerApi who, String id, String requestId) {
        return who.post("/ledgers/" + unit + "/2023/payment-requests/" + id + "/approval",
                map("requestId", requestId, "effectiveDate", "2023-05-21"));
    }

    private Answer reject(LedgerApi who, String id, String requestId) {
        return who.post("/ledgers/" + unit + "/2023/payment-requests/" + id + "/rejection",
                map("requestId", requestId, "reason", "附件不全"));
    }

    private String ledger() {
        return unit + "/2023";
    }

    @Test
    void aRequestAnswers201PendingWithTheReservationOnTheLine() {
        unitWithClerk();

        Answer answer = requestPayment(clerk, "pr-1", "300.00", "V-1");

        assertThat(answer.status()).as("%s", answer).isEqualTo(201);
        assertThat(answer.text("paymentRequestId")).isEqualTo("PR-3");
        assertThat(answer.text("status")).isEqualTo("PENDING");
        assertThat(answer.line("reserved")).isEqualTo("300.00");
        assertThat(answer.line("spent")).isEqualTo("0.00");
        assertThat(answer.line("available")).isEqualTo("700.00");
        Answer repeat = requestPayment(clerk, "pr-1", "300.00", "V-1");
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.duplicate()).isTrue();
        assertThat(repeat.text("paymentRequestId")).isEqualTo("PR-3");
        assertThat(events.count(ledger(), "PaymentRequested")).isEqualTo(1);
    }

    @Test
    void anotherApproverApprovesAndTheReservationIsSpent() {
        unitWithClerk();
        String id = requestPayment(clerk, "pr-1", "300.00", "V-1").text("paymentRequestId");

        Answer approved = accepted(approve(api, id, "ap-1"));

        assertThat(approved.text("status")).isEqualTo("APPROVED");
        assertThat(approved.text("paymentRequestId")).isEqualTo(id);
        assertThat(approved.line("reserved")).isEqualTo("0.00");
        assertThat(approved.line("spent")).isEqualTo("300.00");
        assertThat(approved.line("available")).isEqualTo("700.00");
        assertThat(events.count(ledger(), "PaymentApproved")).isEqualTo(1);
        refused(ledger(), ErrorCode.PAYMENT_REQUEST_NOT_PENDING, () -> approve(api, id, "ap-2"));
        refused(ledger(), ErrorCode.PAYMENT_REQUEST_NOT_PENDING, () -> reject(api, id, "rj-1"));
        Answer reversed = accepted(api.reversal(unit, 2023, "V-1",
                map("requestId", "rev-1", "reason", "退款", "effectiveDate", "2023-06-01")));
        assertThat(reversed.line("spent")).isEqualTo("0.00");
        assertThat(reversed.line("available")).isEqualTo("1000.00");
    }

    @Test
    void theRequesterCannotApproveTheirOwnRequest() {
        unitWithClerk();
        String id = requestPayment(api, "pr-1", "300.00", "V-1").text("paymentRequestId");

        Answer answer = refused(ledger(), ErrorCode.SELF_APPROVAL_FORBIDDEN, () -> approve(api, id, "ap-1"));

        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void aRecorderCannotDecideARequest() {
        unitWithClerk();
        String id = requestPayment(clerk, "pr-1", "300.00", "V-1").text("paymentRequestId");

        refused(ledger(), ErrorCode.FORBIDDEN, () -> approve(clerk, id, "ap-1"));
        refused(ledger(), ErrorCode.FORBIDDEN, () -> reject(clerk, id, "rj-1"));
    }

    @Test
    void aRejectionReleasesTheReservation() {
        unitWithClerk();
        String id = requestPayment(clerk, "pr-1", "300.00", "V-1").text("paymentRequestId");

        Answer rejected = accepted(reject(api, id, "rj-1"));

        assertThat(rejected.text("status")).isEqualTo("REJECTED");
        assertThat(rejected.line("reserved")).isEqualTo("0.00");
        assertThat(rejected.line("available")).isEqualTo("1000.00");
        assertThat(events.count(ledger(), "PaymentRequestRejected")).isEqualTo(1);
    }

    @Test
    void anUnknownRequestIsNotFound() {
        unitWithClerk();

        Answer answer = refused(ledger(), ErrorCode.PAYMENT_REQUEST_NOT_FOUND, () -> approve(api, "PR-99", "ap-1"));

        assertThat(answer.status()).isEqualTo(404);
        refused(ledger(), ErrorCode.PAYMENT_REQUEST_NOT_FOUND, () -> reject(api, "PR-99", "rj-1"));
    }

    @Test
    void requestsBeyondTheAvailableAreRefused() {
        unitWithClerk();
        requestPayment(clerk, "pr-1", "600.00", "V-1");

        refused(ledger(), ErrorCode.EXCEEDS_AVAILABLE, () -> requestPayment(clerk, "pr-2", "400.01", "V-2"));
        refused(ledger(), ErrorCode.EXCEEDS_AVAILABLE, () -> clerk.command(unit, 2023, "expenditures",
                expenditure("exp-1", generalBasicLine(), "30201", "400.01", "V-3")));
        refused(ledger(), ErrorCode.VOUCHER_EXISTS, () -> requestPayment(clerk, "pr-3", "1.00", "V-1"));
        refused(ledger(), ErrorCode.UNKNOWN_ECONOMIC_CODE, () -> clerk.command(unit, 2023, "payment-requests",
                expenditure("pr-4", generalBasicLine(), "30298", "1.00", "V-4")));
    }

    @Test
    void aRequestWithoutAmountIsAValidationFailure() {
        unitWithClerk();
        Map<String, Object> body = expenditure("pr-1", generalBasicLine(), "30201", "1.00", "V-1");
        body.remove("amount");

        Answer answer = refused(ledger(), ErrorCode.VALIDATION_FAILED, () -> clerk.command(unit, 2023, "payment-requests", body));

        assertThat(answer.body().path("errors").toString()).contains("amount");
        refused(ledger(), ErrorCode.VALIDATION_FAILED, () -> api.post("/ledgers/" + unit + "/2023/payment-requests/PR-3/rejection",
                map("requestId", "rj-1")));
    }

    @Test
    void theYearCannotCloseWhileARequestIsPending() {
        unitWithClerk();
        String id = requestPayment(clerk, "pr-1", "300.00", "V-1").text("paymentRequestId");

        Answer answer = refused(ledger(), ErrorCode.PENDING_PAYMENT_REQUESTS, () -> api.command(unit, 2023, "closing",
                closing("close", "2023-12-31", "CARRY_FORWARD")));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.text("detail")).contains(id);
        accepted(approve(api, id, "ap-1"));
        accepted(api.command(unit, 2023, "closing", closing("close", "2023-12-31", "CARRY_FORWARD")));
        refused(ledger(), ErrorCode.LEDGER_CLOSED, () -> requestPayment(clerk, "pr-2", "1.00", "V-2"));
    }
}
