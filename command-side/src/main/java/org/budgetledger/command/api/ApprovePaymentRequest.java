package org.budgetledger.command.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.budgetledger.command.ledger.Commands.ApprovePayment;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.request.ApiRequest;
import org.budgetledger.platform.request.Mismatch;

/** {@code POST /ledgers/{unit}/{year}/payment-requests/{id}/approval}: ApprovePayment. */
@Schema(description = "Approves a pending payment request: its reservation becomes an expenditure. Never by its requester")
record ApprovePaymentRequest(
        @Schema(requiredMode = REQUIRED, pattern = RequestIds.PATTERN, description = RequestIds.DESCRIPTION, example = "ap-1")
        @Mismatch(RequestIds.MISMATCH) String requestId,
        @Schema(requiredMode = REQUIRED, description = "The day of the payment: in the year, not before the request",
                example = "2024-04-03") LocalDate effectiveDate) implements ApiRequest {

    ApprovePayment toCommand(LedgerRef ledger, String paymentRequestId, String recordedBy) {
        return new ApprovePayment(ledger.id(), requestId, recordedBy, paymentRequestId, effectiveDate);
    }

    /** The approval of a journal line; posted by an administrator, it may approve the importer's own request. */
    ApprovePayment toJournalCommand(LedgerRef ledger, String paymentRequestId, String recordedBy, boolean administrator) {
        return new ApprovePayment(ledger.id(), requestId, recordedBy, paymentRequestId, effectiveDate, administrator);
    }
}
