package org.budgetledger.command.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import org.budgetledger.platform.http.LedgerPaths;
import org.budgetledger.platform.request.ApiRequest;
import org.budgetledger.platform.request.Mismatch;
import org.budgetledger.platform.security.Action;

/**
 * What every line of a journal says besides its command's own body: which command, and for
 * every command but OpenLedger (which names them itself) the ledger.
 */
@Schema(name = "JournalLine", description = "One NDJSON line: these fields plus the named command's body "
        + "(for ReverseExpenditure, voucherNo goes in the body; ApprovePayment and RejectPayment name "
        + "their paymentRequestId beside it)", additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
record JournalLine(
        @Schema(requiredMode = REQUIRED, example = "AppropriateFunds") JournalCommand command,
        @Schema(pattern = "^[A-Za-z0-9-]{1,32}$", description = "The ledger's unit (required except for OpenLedger)",
                example = "ZZJJ") @Mismatch("must be 1 to 32 letters, digits or -") String unitCode,
        @Schema(minimum = "" + LedgerPaths.MIN_YEAR, maximum = "" + LedgerPaths.MAX_YEAR,
                description = "The ledger's year (required except for OpenLedger)", example = "2023") Integer fiscalYear,
        @Schema(pattern = "^PR-[0-9]{1,18}$", description = "The payment request an ApprovePayment or RejectPayment decides",
                example = "PR-12") @Mismatch("must be a payment request id such as PR-12") String paymentRequestId)
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

    /** The commands a journal line may name, with the request type its body is read as and the right it needs. */
    enum JournalCommand {
        OpenLedger(OpenLedgerRequest.class, Action.APPROVE),
        AppropriateFunds(AppropriateFundsRequest.class, Action.APPROVE),
        MidYearAdjust(MidYearAdjustRequest.class, Action.APPROVE),
        TransferBudget(TransferBudgetRequest.class, Action.APPROVE),
        RecordRevenue(RecordRevenueRequest.class, Action.RECORD),
        RecordExpenditure(RecordExpenditureRequest.class, Action.RECORD),
        ReverseExpenditure(ReverseExpenditureRequest.class, Action.RECORD),
        SetThreePublicBudget(SetThreePublicBudgetRequest.class, Action.APPROVE),
        SetControlBudget(SetControlBudgetRequest.class, Action.APPROVE),
        RecordStatement(RecordStatementRequest.class, Action.APPROVE),
        RequestPayment(RecordExpenditureRequest.class, Action.RECORD),
        ApprovePayment(ApprovePaymentRequest.class, Action.APPROVE),
        RejectPayment(RejectPaymentRequest.class, Action.APPROVE),
        CloseYear(CloseYearRequest.class, Action.APPROVE),
        SetPerformanceTargets(SetPerformanceTargetsRequest.class, Action.APPROVE),
        RecordPerformanceResult(RecordPerformanceResultRequest.class, Action.RECORD);

        final Class<? extends Record> body;
        /** What the command does to its ledger: the same action as its endpoint requires. */
        final Action action;

        JournalCommand(Class<? extends Record> body, Action action) {
            this.body = body;
            this.action = action;
        }
    }
}
