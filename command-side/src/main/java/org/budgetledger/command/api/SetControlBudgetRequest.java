package org.budgetledger.command.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.budgetledger.command.ledger.Commands.SetControlBudget;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.request.ApiRequest;
import org.budgetledger.platform.request.Mismatch;
import org.budgetledger.platform.request.Yuan;
import org.budgetledger.publication.ControlBudgetCategory;

/** {@code POST /ledgers/{unit}/{year}/control-budgets}: SetControlBudget. */
@Schema(description = "Replaces the budget of one 一般性支出 category: 会议费 (MEETING, 30215) and 培训费 (TRAINING, 30216) "
        + "limit fiscal spending on their code like the 三公 budgets; 机关运行经费 (OPERATING_COSTS) is reported, not enforced")
record SetControlBudgetRequest(
        @Schema(requiredMode = REQUIRED, pattern = RequestIds.PATTERN, description = RequestIds.DESCRIPTION, example = "cb-1")
        @Mismatch(RequestIds.MISMATCH) String requestId,
        @Schema(requiredMode = REQUIRED, example = "MEETING") ControlBudgetCategory category,
        @Schema(requiredMode = REQUIRED, description = "May be \"0.00\"; for MEETING and TRAINING not below what is already spent")
        Yuan amount,
        @Schema(requiredMode = REQUIRED, example = "株财预〔2023〕1号") String documentNo,
        @Schema(requiredMode = REQUIRED, example = "2023-01-10") LocalDate effectiveDate) implements ApiRequest {

    SetControlBudget toCommand(LedgerRef ledger, String recordedBy) {
        return new SetControlBudget(ledger.id(), requestId, recordedBy, category, amount.fen(), documentNo, effectiveDate);
    }
}
