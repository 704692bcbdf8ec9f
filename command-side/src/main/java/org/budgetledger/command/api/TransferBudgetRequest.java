package org.budgetledger.command.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.budgetledger.command.ledger.Commands.TransferBudget;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.http.LineObject;
import org.budgetledger.platform.request.ApiRequest;
import org.budgetledger.platform.request.Mismatch;
import org.budgetledger.platform.request.Violations;
import org.budgetledger.platform.request.Yuan;

/** {@code POST /ledgers/{unit}/{year}/transfers}: TransferBudget (调剂). */
@Schema(description = "调剂: moves budget from one fiscal line to another of the same fund and nature (to may be new)")
record TransferBudgetRequest(
        @Schema(requiredMode = REQUIRED, pattern = RequestIds.PATTERN, description = RequestIds.DESCRIPTION, example = "tr-1")
        @Mismatch(RequestIds.MISMATCH) String requestId,
        @Schema(requiredMode = REQUIRED, description = "The existing fiscal line the budget leaves") LineObject from,
        @Schema(requiredMode = REQUIRED, description = "The line of the same fund and nature it goes to (a new project "
                + "line needs its projectName)") LineObject to,
        @Schema(requiredMode = REQUIRED, description = "Greater than zero, at most from's available") Yuan amount,
        @Schema(requiredMode = REQUIRED, description = "Why the budget moves", example = "项目调剂") String reason,
        @Schema(requiredMode = REQUIRED, description = "The approving document (文号)", example = "株财预〔2024〕41号") String documentNo,
        @Schema(requiredMode = REQUIRED, example = "2024-07-01") LocalDate effectiveDate) implements ApiRequest {

    @Override
    public void check(Violations violations) {
        Amounts.requirePositive(amount, violations);
    }

    TransferBudget toCommand(LedgerRef ledger, String recordedBy) {
        return new TransferBudget(ledger.id(), requestId, recordedBy, from.toLine(), to.toLine(), amount.fen(), reason,
                documentNo, effectiveDate);
    }
}
