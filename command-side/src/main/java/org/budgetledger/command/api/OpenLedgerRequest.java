package org.budgetledger.command.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.budgetledger.command.ledger.Commands.OpenLedger;
import org.budgetledger.events.LedgerIds;
import org.budgetledger.events.OpeningBalance;
import org.budgetledger.line.BalanceKind;
import org.budgetledger.line.Nature;
import org.budgetledger.platform.http.LedgerPaths;
import org.budgetledger.platform.http.LineObject;
import org.budgetledger.platform.request.ApiRequest;
import org.budgetledger.platform.request.Mismatch;
import org.budgetledger.platform.request.Violations;
import org.budgetledger.platform.request.Yuan;

/** {@code POST /ledgers}: OpenLedger. */
@Schema(description = "Opens a unit's ledger for a fiscal year")
record OpenLedgerRequest(
        @Schema(requiredMode = REQUIRED, pattern = RequestIds.PATTERN, description = RequestIds.DESCRIPTION, example = "open-1")
        @Mismatch(RequestIds.MISMATCH) String requestId,
        @Schema(requiredMode = REQUIRED, pattern = "[A-Za-z0-9-]{1,32}", description = "The unit's code", example = "ZZJJ")
        @Mismatch("must be 1 to 32 letters, digits or -") String unitCode,
        @Schema(requiredMode = REQUIRED, description = "The unit's name", example = "株洲市公安局交通警察支队") String unitName,
        @Schema(requiredMode = REQUIRED, minimum = "" + LedgerPaths.MIN_YEAR, maximum = "" + LedgerPaths.MAX_YEAR,
                description = "The fiscal year", example = "2024") Integer fiscalYear,
        @Schema(description = "Only for a unit's first year in the ledger: the balances it opens with. When the previous "
                + "year is in the ledger its carried balances come in by themselves and stating any is an error")
        List<OpeningBalanceRequest> openingBalances) implements ApiRequest {

    /** One balance brought in at the opening (年初结转和结余). */
    @Schema(name = "OpeningBalance")
    record OpeningBalanceRequest(
            @Schema(requiredMode = REQUIRED) LineObject line,
            @Schema(requiredMode = REQUIRED, description = "Greater than zero") Yuan amount,
            @Schema(requiredMode = REQUIRED, description = "BASIC_CARRY_OVER on a basic line; PROJECT_CARRY_OVER or "
                    + "PROJECT_SURPLUS on a project line") BalanceKind kind) implements ApiRequest {

        @Override
        public void check(Violations violations) {
            if (amount != null && amount.fen() == 0) {
                violations.reject("amount", "must be greater than zero");
            }
            if (line != null && kind != null) {
                boolean fits = line.nature() == Nature.BASIC ? kind == BalanceKind.BASIC_CARRY_OVER
                        : kind != BalanceKind.BASIC_CARRY_OVER;
                if (!fits) {
                    violations.reject("kind", line.nature() == Nature.BASIC ? "must be BASIC_CARRY_OVER on a BASIC line"
                            : "must be PROJECT_CARRY_OVER or PROJECT_SURPLUS on a PROJECT line");
                }
            }
        }
    }

    OpenLedger toCommand(String recordedBy) {
        List<OpeningBalance> balances = openingBalances == null ? null : openingBalances.stream()
                .map(balance -> new OpeningBalance(balance.line().toLine(), balance.kind(), balance.amount().fen()))
                .toList();
        return new OpenLedger(LedgerIds.of(unitCode, fiscalYear), requestId, recordedBy, unitCode, unitName, fiscalYear,
                balances);
    }
}
