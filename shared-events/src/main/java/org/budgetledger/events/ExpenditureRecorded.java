package org.budgetledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.budgetledger.publication.Procurement;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.LineMovement;
import org.budgetledger.line.Movement;

/**
 * Money was spent from a line, classified by a 5-digit economic code, under a voucher number unique in the ledger.
 *
 * <p>{@code counterpartyUnit} names the unit that received the money when it is a budget unit
 * (a subsidy to a subordinate unit, a remittance to the parent): a department's tables
 * eliminate it against that unit's matching revenue. Null in events recorded before it existed.
 *
 * <p>{@code procurement} says that the money was spent under government procurement (政府采购)
 * and how; null outside procurement and in events recorded before it existed.
 *
 * <p>Like every ledger event it carries the request that caused it ({@code requestId} and a
 * fingerprint of the request's content, so that a repeat is recognised even after a restart),
 * who recorded it and when ({@code recordedAt}), and its effective (business) date.
 */
@Revision("1")
public record ExpenditureRecorded(
    String ledgerId,
    BudgetLine line,
    String economicCode,
    long amountFen,
    String voucherNo,
    LocalDate effectiveDate,
    String payee,
    String description,
    ExpenditureStatistics statistics,
    String counterpartyUnit,
    Procurement procurement,
    String requestId,
    String requestFingerprint,
    String recordedBy,
    Instant recordedAt) implements LedgerEvent {

    @Override
    public List<LineMovement> lineMovements() {
        return List.of(LineMovement.of(line, Movement.SPEND, amountFen));
    }
}
