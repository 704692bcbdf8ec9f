package org.budgetledger.command.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.budgetledger.command.ledger.Commands.RejectPayment;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.request.ApiRequest;
import org.budgetledger.platform.request.Mismatch;

/** {@code POST /ledgers/{unit}/{year}/payment-requests/{id}/rejection}: RejectPayment. */
@Schema(description = "Rejects a pending payment request with a reason: its reservation is released")
record RejectPaymentRequest(
        @Schema(requiredMode = REQUIRED, pattern = RequestIds.PATTERN, description = RequestIds.DESCRIPTION, example = "rj-1")
        @Mismatch(RequestIds.MISMATCH) String requestId,
        @Schema(requiredMode = REQUIRED, example = "发票抬头有误") String reason,
        @Schema(description = "The day of the decision, in the year and not before the request; "
                + "when absent, the request's own date", example = "2024-04-03") LocalDate effectiveDate) implements ApiRequest {

    RejectPayment toCommand(LedgerRef ledger, String paymentRequestId, String recordedBy) {
        return new RejectPayment(ledger.id(), requestId, recordedBy, paymentRequestId, reason, effectiveDate);
    }
}
