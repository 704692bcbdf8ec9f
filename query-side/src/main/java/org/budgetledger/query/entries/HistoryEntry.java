package org.budgetledger.query.entries;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import org.budgetledger.platform.http.LineObject;
import org.budgetledger.publication.Procurement;

/**
 * One entry of a ledger's audit history, for one line it touched (an entry that touches several
 * lines, such as the close, appears once per line), with the line's budget and available
 * balance after it. Fields an entry does not have are absent.
 */
@Schema(name = "HistoryEntry")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryEntry(
        @Schema(description = "The entry's place in the ledger, from 1", example = "17") long sequence,
        @Schema(description = "The event: LedgerOpened, FundsAppropriated, BudgetAdjusted, BudgetTransferred, RevenueRecorded, "
                + "ExpenditureRecorded, ExpenditureReversed, ThreePublicBudgetSet, YearClosed, PaymentRequested, PaymentApproved, "
                + "PaymentRequestRejected, PerformanceTargetsSet, PerformanceResultRecorded, ControlBudgetSet, StatementRecorded", example = "ExpenditureRecorded")
        String type,
        @Schema(description = "What it does to the line: OPENED, CARRY_IN, INITIAL, INCREASE, DECREASE, REVENUE, SPEND, "
                + "REVERSAL, THREE_PUBLIC_BUDGET, RECOVER, CARRY_OUT, SURPLUS, CLOSED, TRANSFER_OUT, TRANSFER_IN, RESERVE, RELEASE, "
                + "PERFORMANCE_TARGETS, PERFORMANCE_RESULT, CONTROL_BUDGET, STATEMENT", example = "SPEND") String movement,
        @Schema(example = "2023-04-02") String effectiveDate,
        @Schema(description = "When it was recorded (UTC)", example = "2026-11-30T08:15:00Z") String recordedAt,
        @Schema(description = "Who recorded it (of a payment request's approval or rejection: who decided)",
                example = "finance-office") String recordedBy,
        @Schema(description = "Of a payment request's approval or rejection: who requested it", example = "ZZJJ-recorder")
        String requestedBy,
        @Schema(description = "The payment request an entry raised or decided", example = "PR-12") String paymentRequestId,
        @Schema(example = "e-1") String requestId,
        @Schema(description = "The approving document (文号)") String documentNo,
        @Schema(description = "The voucher (凭证号)") String voucherNo,
        @Schema(description = "The reason of an adjustment or reversal, the note or description of the entry") String reason,
        @Schema(description = "The line the entry touched; absent for an entry without a line") LineObject line,
        @Schema(description = "The economic 款 of an expenditure", example = "30217") String economicCode,
        @Schema(description = "The type of a revenue", example = "OTHER") String revenueType,
        @Schema(description = "The kind of a balance brought in or carried out", example = "PROJECT_CARRY_OVER") String balanceKind,
        @Schema(description = "The category of a 三公 or 一般性支出 control budget, the kind of a statement",
                example = "MEETING") String category,
        @Schema(description = "Who was paid") String payee,
        @Schema(description = "The entry's amount in yuan", example = "3300.00") String amount,
        @Schema(description = "The 三公 counts of an expenditure, if any") Statistics statistics,
        @Schema(description = "The line's 全年预算 after the entry", example = "5900000.00") String budget,
        @Schema(description = "The line's available balance after the entry", example = "5896700.00") String available,
        @Schema(description = "The government procurement (政府采购) of an expenditure or payment request, if any")
        Procurement procurement,
        @Schema(description = "The figures of a statement, name → value (a count, or yuan with 2 decimals)")
        Map<String, String> figures) {

    /** The 三公 counts an expenditure carried (negative on its reversal). */
    @Schema(name = "HistoryStatistics")
    public record Statistics(int receptionBatches, int receptionGuests, int vehiclesPurchased) {
    }
}
