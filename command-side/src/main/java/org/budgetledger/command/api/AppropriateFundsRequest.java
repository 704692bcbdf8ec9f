package org.budgetledger.command.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.budgetledger.command.ledger.Commands.AppropriateFunds;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.http.LineObject;
import org.budgetledger.platform.request.ApiRequest;
import org.budgetledger.platform.request.Mismatch;
import org.budgetledger.platform.request.Violations;
import org.budgetledger.platform.request.Yuan;

/** {@code POST /ledgers/{unit}/{year}/appropriations}: AppropriateFunds (年初预算). */
@Schema(description = "年初预算: an initial appropriation to a fiscal line; creates the line if new, adds to it otherwise")
record AppropriateFundsRequest(
        @Schema(requiredMode = REQUIRED, pattern = RequestIds.PATTERN, description = RequestIds.DESCRIPTION, example = "a-1")
        @Mismatch(RequestIds.MISMATCH) String requestId,
        @Schema(requiredMode = REQUIRED, description = "A line of a fiscal fund") LineObject line,
        @Schema(requiredMode = REQUIRED, description = "Greater than zero") Yuan amount,
        @Schema(requiredMode = REQUIRED, description = "The approving document (文号)", example = "株财预〔2024〕1号") String documentNo,
        @Schema(requiredMode = REQUIRED, description = "Inside the ledger's fiscal year", example = "2024-01-10") LocalDate effectiveDate,
        @Schema(description = "A free note") String note) implements ApiRequest {

    @Override
    public void check(Violations violations) {
        Amounts.requirePositive(amount, violations);
    }

    AppropriateFunds toCommand(LedgerRef ledger, String recordedBy) {
        return new AppropriateFunds(ledger.id(), requestId, recordedBy, line.toLine(), amount.fen(), documentNo,
                effectiveDate, note);
    }
}
