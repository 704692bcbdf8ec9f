package org.budgetledger.query.payments;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.budgetledger.platform.http.LineObject;
import org.budgetledger.platform.http.LineView;

/**
 * One payment request as the read side knows it: what was asked, by whom and when, how it was
 * decided, by whom and when, and its line's figures. Fields a request does not have yet (the
 * decision of a pending one) are absent.
 */
@Schema(name = "PaymentRequest")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaymentRequest(
        @Schema(example = "PR-12") String paymentRequestId,
        @Schema(allowableValues = {"PENDING", "APPROVED", "REJECTED"}) String status,
        LineObject line,
        @Schema(example = "30201") String economicCode,
        @Schema(description = "In yuan", example = "10.00") String amount,
        @Schema(example = "记-2024-0001") String voucherNo,
        String payee,
        String description,
        @Schema(description = "Who raised it", example = "ZZJJ-recorder") String requestedBy,
        @Schema(description = "When it was recorded (UTC)") String requestedAt,
        @Schema(description = "Its effective date", example = "2024-04-02") String requestedOn,
        @Schema(description = "Who approved or rejected it", example = "ZZJJ-approver") String decidedBy,
        @Schema(description = "When the decision was recorded (UTC)") String decidedAt,
        @Schema(description = "The decision's effective date (of an approval: the day of the payment)") String decidedOn,
        @Schema(description = "Why it was rejected") String rejectionReason,
        @Schema(description = "The entry that raised it", example = "12") long requestSequence,
        @Schema(description = "The entry that decided it") Long decisionSequence,
        @Schema(description = "The line's figures in the same view (now, asOf or knownAt)") LineView lineFigures) {

    public enum Status { PENDING, APPROVED, REJECTED }
}
