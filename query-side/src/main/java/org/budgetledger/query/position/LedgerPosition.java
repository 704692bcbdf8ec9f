package org.budgetledger.query.position;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.budgetledger.events.ExpenditureStatistics;
import org.budgetledger.events.ThreePublicCategory;

/**
 * A whole ledger at some point: every line's position plus the 三公 control budgets and the
 * statistics of fiscal 三公 spending.
 *
 * @param sequence the ledger entry count this position reflects
 * @param asOf when not null, only entries effective on or before this day are counted
 * @param knownAt when not null, only entries recorded at or before this instant are counted
 * @param closed whether the year-end close is among the counted entries
 * @param threePublicBudgetFen the control budget of each category (absent: never set)
 * @param threePublicStatistics reception batches and guests, vehicles bought, summed over
 *     fiscal expenditures less reversals
 */
public record LedgerPosition(
        String ledgerId,
        String unitCode,
        String unitName,
        int fiscalYear,
        long sequence,
        LocalDate asOf,
        Instant knownAt,
        boolean closed,
        List<LinePosition> lines,
        Map<ThreePublicCategory, Long> threePublicBudgetFen,
        ExpenditureStatistics threePublicStatistics,
        Evaluation evaluation) {
}
