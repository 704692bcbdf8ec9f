package org.budgetledger.command.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.budgetledger.command.ledger.Commands.MidYearAdjust;
import org.budgetledger.events.AdjustmentDirection;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.http.LineObject;
import org.budgetledger.platform.request.ApiRequest;
import org.budgetledger.platform.request.Mismatch;
import org.budgetledger.platform.request.Violations;
import org.budgetledger.platform.request.Yuan;

/** {@code POST /ledgers/{unit}/{year}/adjustments}: MidYearAdjust (年中追加 / 压减). */
@Schema(description = "年中追加 / 压减: an increase (which may create the line) or a cut (at most the line's available)")
record MidYearAdjustRequest(
        @Schema(requiredMode = REQUIRED, pattern = RequestIds.PATTERN, description = RequestIds.DESCRIPTION, example = "adj-1")
        @Mismatch(RequestIds.MISMATCH) String requestId,
        @Schema(requiredMode = REQUIRED, description = "A line of a fiscal fund") LineObject line,
        @Schema(requiredMode = REQUIRED, example = "INCREASE") AdjustmentDirection direction,
        @Schema(requiredMode = REQUIRED, description = "Greater than zero") Yuan amount,
        @Schema(requiredMode = REQUIRED, description = "Why the budget changes", example = "年中下达标志标线经费") String reason,
        @Schema(requiredMode = REQUIRED, description = "The approving document (文号)", example = "株财预〔2024〕30号") String documentNo,
        @Schema(requiredMode = REQUIRED, example = "2024-06-15") LocalDate effectiveDate) implements ApiRequest {

    @Override
    public void check(Violations violations) {
        Amounts.requirePositive(amount, violations);
    }

    MidYearAdjust toCommand(LedgerRef ledger, String recordedBy) {
        return new MidYearAdjust(ledger.id(), requestId, recordedBy, line.toLine(), direction, amount.fen(), reason,
                documentNo, effectiveDate);
    }
}
