package org.budgetledger.command.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.budgetledger.command.ledger.Commands.SetThreePublicBudget;
import org.budgetledger.events.ThreePublicCategory;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.request.ApiRequest;
import org.budgetledger.platform.request.Mismatch;
import org.budgetledger.platform.request.Yuan;

/** {@code POST /ledgers/{unit}/{year}/three-public-budgets}: SetThreePublicBudget. */
@Schema(description = "Replaces the control budget of one 三公 category; spending on its economic code may not exceed it")
record SetThreePublicBudgetRequest(
        @Schema(requiredMode = REQUIRED, pattern = RequestIds.PATTERN, description = RequestIds.DESCRIPTION, example = "tp-1")
        @Mismatch(RequestIds.MISMATCH) String requestId,
        @Schema(requiredMode = REQUIRED, example = "RECEPTION") ThreePublicCategory category,
        @Schema(requiredMode = REQUIRED, description = "May be \"0.00\"; not below what is already spent") Yuan amount,
        @Schema(requiredMode = REQUIRED, example = "株财预〔2024〕2号") String documentNo,
        @Schema(requiredMode = REQUIRED, example = "2024-01-10") LocalDate effectiveDate) implements ApiRequest {

    SetThreePublicBudget toCommand(LedgerRef ledger, String recordedBy) {
        return new SetThreePublicBudget(ledger.id(), requestId, recordedBy, category, amount.fen(), documentNo, effectiveDate);
    }
}
