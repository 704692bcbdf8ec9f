package org.budgetledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.LineMovement;
import org.budgetledger.line.Movement;

/**
 * Non-fiscal revenue was received on a {@code UNIT_FUNDS} line.
 *
 * <p>{@code counterpartyUnit} names the unit that paid a 上级补助收入 or 附属单位上缴收入 when the
 * recorder said so; a department's tables eliminate the revenue when that unit is a member too.
 * It is null in every event recorded before it existed, and Jackson leaves a missing component
 * null, so those events load unchanged.
 *
 * <p>Like every ledger event it carries the request that caused it ({@code requestId} and a
 * fingerprint of the request's content, so that a repeat is recognised even after a restart),
 * who recorded it and when ({@code recordedAt}), and its effective (business) date.
 */
@Revision("1")
public record RevenueRecorded(
    String ledgerId,
    BudgetLine line,
    RevenueType revenueType,
    long amountFen,
    String voucherNo,
    LocalDate effectiveDate,
    String description,
    String counterpartyUnit,
    String requestId,
    String requestFingerprint,
    String recordedBy,
    Instant recordedAt) implements LedgerEvent {

    @Override
    public List<LineMovement> lineMovements() {
        return List.of(LineMovement.of(line, Movement.REVENUE, amountFen));
    }
}
