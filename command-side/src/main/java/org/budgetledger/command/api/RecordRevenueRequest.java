package org.budgetledger.command.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.budgetledger.command.ledger.Commands.RecordRevenue;
import org.budgetledger.events.RevenueType;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.http.LineObject;
import org.budgetledger.platform.request.ApiRequest;
import org.budgetledger.platform.request.Mismatch;
import org.budgetledger.platform.request.Violations;
import org.budgetledger.platform.request.Yuan;

/** {@code POST /ledgers/{unit}/{year}/revenues}: RecordRevenue. */
@Schema(description = "Non-fiscal revenue, booked on a UNIT_FUNDS line")
record RecordRevenueRequest(
        @Schema(requiredMode = REQUIRED, pattern = RequestIds.PATTERN, description = RequestIds.DESCRIPTION, example = "r-1")
        @Mismatch(RequestIds.MISMATCH) String requestId,
        @Schema(requiredMode = REQUIRED, description = "A line of fund UNIT_FUNDS") LineObject line,
        @Schema(requiredMode = REQUIRED, example = "OTHER") RevenueType revenueType,
        @Schema(requiredMode = REQUIRED, description = "Greater than zero") Yuan amount,
        @Schema(requiredMode = REQUIRED, example = "2024-03-01") LocalDate effectiveDate,
        @Schema(requiredMode = REQUIRED, description = "The voucher (凭证号), unique in the ledger", example = "收-2024-001") String voucherNo,
        @Schema(description = "A free description") String description,
        @Schema(pattern = Counterparties.PATTERN, description = Counterparties.REVENUE_DESCRIPTION, example = "ZZSJ")
        @Mismatch(Counterparties.MISMATCH) String counterpartyUnit) implements ApiRequest {

    @Override
    public void check(Violations violations) {
        Amounts.requirePositive(amount, violations);
        Counterparties.checkRevenue(revenueType, counterpartyUnit, violations);
    }

    RecordRevenue toCommand(LedgerRef ledger, String recordedBy) {
        return new RecordRevenue(ledger.id(), requestId, recordedBy, line.toLine(), revenueType, amount.fen(), effectiveDate,
                voucherNo, description, counterpartyUnit);
    }
}
