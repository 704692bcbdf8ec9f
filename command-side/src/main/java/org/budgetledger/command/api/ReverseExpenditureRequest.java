package org.budgetledger.command.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.budgetledger.command.ledger.Commands.ReverseExpenditure;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.request.ApiRequest;
import org.budgetledger.platform.request.Mismatch;

/** {@code POST /ledgers/{unit}/{year}/expenditures/{voucherNo}/reversal}: ReverseExpenditure. */
@Schema(description = "Reverses a whole expenditure, once")
record ReverseExpenditureRequest(
        @Schema(requiredMode = REQUIRED, pattern = RequestIds.PATTERN, description = RequestIds.DESCRIPTION, example = "rev-1")
        @Mismatch(RequestIds.MISMATCH) String requestId,
        @Schema(description = "Only in a journal line, where there is no path: the voucher of the expenditure to reverse",
                example = "记-2024-0001") String voucherNo,
        @Schema(requiredMode = REQUIRED, example = "重复入账") String reason,
        @Schema(requiredMode = REQUIRED, example = "2024-04-03") LocalDate effectiveDate) implements ApiRequest {

    ReverseExpenditure toCommand(LedgerRef ledger, String voucherFromPath, String recordedBy) {
        return new ReverseExpenditure(ledger.id(), requestId, recordedBy, voucherFromPath != null ? voucherFromPath : voucherNo,
                reason, effectiveDate);
    }
}
