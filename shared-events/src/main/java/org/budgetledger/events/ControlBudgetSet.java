package org.budgetledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.budgetledger.line.LineMovement;
import org.budgetledger.publication.ControlBudgetCategory;

/**
 * The budget of one 一般性支出 category (会议费, 培训费, or 机关运行经费) was set, replacing the
 * previous one. 会议费 and 培训费 are enforced like 三公 budgets; 机关运行经费 is reported.
 *
 * <p>Like every ledger event it carries the request that caused it ({@code requestId} and a
 * fingerprint of the request's content), who recorded it and when, and its effective date.
 */
@Revision("1")
public record ControlBudgetSet(
    String ledgerId,
    ControlBudgetCategory category,
    long amountFen,
    String documentNo,
    LocalDate effectiveDate,
    String requestId,
    String requestFingerprint,
    String recordedBy,
    Instant recordedAt) implements LedgerEvent {

    /** None: a control budget limits spending, it moves no line. */
    @Override
    public List<LineMovement> lineMovements() {
        return List.of();
    }
}
