package org.budgetledger.command.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import org.budgetledger.platform.http.LedgerPaths;
import org.budgetledger.platform.request.ApiRequest;
import org.budgetledger.platform.request.Mismatch;

/**
 * What every line of a journal says besides its command's own body: which command, and for
 * every command but OpenLedger (which names them itself) the ledger.
 */
@Schema(name = "JournalLine", description = "One NDJSON line: these fields plus the named command's body "
        + "(for ReverseExpenditure, voucherNo goes in the body)", additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
record JournalLine(
        @Schema(requiredMode = REQUIRED, example = "AppropriateFunds") JournalCommand command,
        @Schema(pattern = "^[A-Za-z0-9-]{1,32}$", description = "The ledger's unit (required except for OpenLedger)",
                example = "ZZJJ") @Mismatch("must be 1 to 32 letters, digits or -") String unitCode,
        @Schema(minimum = "" + LedgerPaths.MIN_YEAR, maximum = "" + LedgerPaths.MAX_YEAR,
                description = "The ledger's year (required except for OpenLedger)", example = "2023") Integer fiscalYear)
        implements ApiRequest {

    @Override
    public void check(org.budgetledger.platform.request.Violations violations) {
        if (command == null || command == JournalCommand.OpenLedger) {
            return;
        }
        if (unitCode == null && !violations.has("unitCode")) {
            violations.reject("unitCode", "is required");
        }
        if (fiscalYear == null && !violations.has("fiscalYear")) {
            violations.reject("fiscalYear", "is required");
        }
    }

    /** The commands a journal line may name, with the request type its body is read as. */
    enum JournalCommand {
        OpenLedger(OpenLedgerRequest.class),
        AppropriateFunds(AppropriateFundsRequest.class),
        MidYearAdjust(MidYearAdjustRequest.class),
        RecordRevenue(RecordRevenueRequest.class),
        RecordExpenditure(RecordExpenditureRequest.class),
        ReverseExpenditure(ReverseExpenditureRequest.class),
        SetThreePublicBudget(SetThreePublicBudgetRequest.class),
        CloseYear(CloseYearRequest.class);

        final Class<? extends Record> body;

        JournalCommand(Class<? extends Record> body) {
            this.body = body;
        }
    }
}
