package org.budgetledger.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.budgetledger.line.BudgetLine;

/**
 * A recorded expenditure was undone as a whole by a reversal entry; the line, code, amount and statistics are those of the original.
 *
 * <p>Like every ledger event it carries the request that caused it ({@code requestId} and a
 * fingerprint of the request's content, so that a repeat is recognised even after a restart),
 * who recorded it and when ({@code recordedAt}), and its effective (business) date.
 */
@Revision("1")
public record ExpenditureReversed(
    String ledgerId,
    String voucherNo,
    BudgetLine line,
    String economicCode,
    long amountFen,
    ExpenditureStatistics statistics,
    String reason,
    LocalDate effectiveDate,
    String requestId,
    String requestFingerprint,
    String recordedBy,
    Instant recordedAt) {
}
