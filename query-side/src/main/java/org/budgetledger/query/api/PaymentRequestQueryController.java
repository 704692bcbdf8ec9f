package org.budgetledger.query.api;

import static org.budgetledger.rejection.ErrorCode.LEDGER_NOT_FOUND;
import static org.budgetledger.rejection.ErrorCode.PAYMENT_REQUEST_NOT_FOUND;
import static org.budgetledger.rejection.ErrorCode.PROJECTION_BEHIND;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import org.budgetledger.platform.http.LedgerPaths;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.openapi.Rejects;
import org.budgetledger.platform.security.Action;
import org.budgetledger.platform.security.Requires;
import org.budgetledger.query.payments.PaymentRequest;
import org.budgetledger.query.payments.PaymentRequests;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.position.LedgerPositions;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A ledger's payment requests (冻结). They name who asked and who decided, so reading them needs
 * the right to read the history (RECORDER, APPROVER, AUDITOR), as {@code knownAt} does.
 */
@RestController
@Tag(name = "Queries")
@RequestMapping(path = "/api/v1/ledgers", produces = "application/json")
class PaymentRequestQueryController {

    private final LedgerPositions positions;
    private final PaymentRequests paymentRequests;
    private final ReadYourWrites readYourWrites;
    private final TransactionTemplate snapshot;

    PaymentRequestQueryController(LedgerPositions positions, PaymentRequests paymentRequests, ReadYourWrites readYourWrites,
            PlatformTransactionManager transactions) {
        this.positions = positions;
        this.paymentRequests = paymentRequests;
        this.readYourWrites = readYourWrites;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    @Operation(summary = "The ledger's payment requests, with their users, times, decisions and their lines' figures")
    @Rejects({LEDGER_NOT_FOUND, PROJECTION_BEHIND})
    @Requires(Action.READ_HISTORY)
    @GetMapping("/{unit}/{year}/payment-requests")
    PaymentRequestsAnswer list(LedgerRef ledger,
            @Parameter(description = "Only requests of this status", schema = @Schema(allowableValues = {"PENDING", "APPROVED", "REJECTED"}))
            @RequestParam(required = false) String status,
            @Parameter(description = "Only entries effective on or before this day", example = "2023-06-30")
            @RequestParam(required = false) String asOf,
            @Parameter(description = "Only entries recorded at or before this instant") @RequestParam(required = false) String knownAt,
            @Parameter(description = LedgerQueryController.MIN_SEQUENCE) @RequestParam(required = false) Long minSequence) {
        PaymentRequest.Status wanted = status(status);
        readYourWrites.awaitReadModels(ledger.id(), minSequence);
        return snapshot.execute(transaction -> {
            LedgerPosition position = positions.of(ledger.id(), LedgerPaths.date("asOf", asOf), LedgerPaths.instant("knownAt", knownAt));
            return new PaymentRequestsAnswer(ledger.id(), position.sequence(), status,
                    position.asOf() == null ? null : position.asOf().toString(),
                    position.knownAt() == null ? null : position.knownAt().toString(), paymentRequests.of(position, wanted));
        });
    }

    @Operation(summary = "One payment request")
    @Rejects({LEDGER_NOT_FOUND, PAYMENT_REQUEST_NOT_FOUND, PROJECTION_BEHIND})
    @Requires(Action.READ_HISTORY)
    @GetMapping("/{unit}/{year}/payment-requests/{paymentRequestId}")
    PaymentRequest one(LedgerRef ledger, @Parameter(example = "PR-12") @PathVariable String paymentRequestId,
            @Parameter(description = LedgerQueryController.MIN_SEQUENCE) @RequestParam(required = false) Long minSequence) {
        readYourWrites.awaitReadModels(ledger.id(), minSequence);
        return snapshot.execute(transaction -> paymentRequests.one(positions.of(ledger.id(), null, null), paymentRequestId)
                .orElseThrow(() -> new LedgerRejection(ErrorCode.PAYMENT_REQUEST_NOT_FOUND, "No payment request "
                        + paymentRequestId + " in ledger " + ledger.id())));
    }

    private static PaymentRequest.Status status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return Arrays.stream(PaymentRequest.Status.values()).filter(value -> value.name().equals(status)).findFirst()
                .orElseThrow(() -> LedgerRejection.invalid("status", "must be one of " + Arrays.toString(PaymentRequest.Status.values())));
    }
}
