package org.budgetledger.query.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.budgetledger.query.payments.PaymentRequest;

/** {@code GET /ledgers/{unit}/{year}/payment-requests}: the ledger's payment requests. */
@Schema(name = "PaymentRequests")
record PaymentRequestsAnswer(
        @Schema(example = "ZZJJ/2023") String ledger,
        @Schema(description = "The ledger entry count the answer reflects", example = "462") long sequence,
        @Schema(description = "The status asked for, if any", nullable = true) String status,
        @Schema(description = "The effective-date cut, if asked", nullable = true) String asOf,
        @Schema(description = "The recording-time cut, if asked", nullable = true) String knownAt,
        @Schema(description = "In the order they were raised") List<PaymentRequest> paymentRequests) {
}
