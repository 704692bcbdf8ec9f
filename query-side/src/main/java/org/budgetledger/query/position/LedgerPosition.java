package org.budgetledger.query.position;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.budgetledger.events.ExpenditureStatistics;
import org.budgetledger.events.ThreePublicCategory;
import org.budgetledger.publication.ControlBudgetCategory;
import org.budgetledger.publication.StatementKind;

/**
 * A whole ledger at some point: every line's position plus the 三公 control budgets and the
 * statistics of fiscal 三公 spending, the performance evaluation, and the facts of the 情况说明
 * the lines do not hold: the 一般性支出 budgets, the procurement totals and the statements.
 *
 * @param sequence the ledger entry count this position reflects
 * @param asOf when not null, only entries effective on or before this day are counted
 * @param knownAt when not null, only entries recorded at or before this instant are counted
 * @param closed whether the year-end close is among the counted entries
 * @param threePublicBudgetFen the control budget of each category (absent: never set)
 * @param threePublicStatistics reception batches and guests, vehicles bought, summed over
 *     fiscal expenditures less reversals
 * @param controlBudgetFen the latest budget of each 一般性支出 category (absent: never set)
 * @param procurement what was spent under government procurement, every fund, less reversals
 * @param statements the latest statement of each kind, figure name → value as stated (a count,
 *     or yuan with 2 decimals); absent kind: never stated
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
        Evaluation evaluation,
        Map<ControlBudgetCategory, Long> controlBudgetFen,
        ProcurementTotals procurement,
        Map<StatementKind, Map<String, String>> statements) {
}
