package org.budgetledger.query.position;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.budgetledger.events.RevenueType;
import org.budgetledger.line.BalanceKind;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.LineFigures;
import org.budgetledger.line.LineMovement;
import org.budgetledger.line.LineTally;
import org.budgetledger.query.entries.EntryRow;

/**
 * Adds a line's rows up, one at a time, into its position: the figures through the same
 * {@link LineTally} as the ledger aggregate, and beside them what only the reports need, revenue
 * by type and spending by economic code, each moved in the direction of the row's movement.
 */
final class LineAccumulator {

    private final LineTally tally;
    private final Map<RevenueType, Long> revenue = new EnumMap<>(RevenueType.class);
    private final Map<String, Long> spentByEconomicCode = new TreeMap<>();

    LineAccumulator(BudgetLine line) {
        this.tally = new LineTally(line);
    }

    void add(EntryRow row) {
        LineMovement movement = row.lineMovement();
        tally.apply(movement);
        long fen = movement.movement().signedFen(movement.amountFen());
        switch (movement.movement().figure()) {
            case REVENUE -> revenue.merge(RevenueType.valueOf(row.revenueType()), fen, Long::sum);
            case SPENT -> spentByEconomicCode.merge(row.economicCode(), fen, Long::sum);
            default -> {
                // no split kept beside the figure
            }
        }
    }

    LinePosition position() {
        LineFigures figures = tally.figures();
        return new LinePosition(tally.line(), tally.carriedInFen(BalanceKind.BASIC_CARRY_OVER),
                tally.carriedInFen(BalanceKind.PROJECT_CARRY_OVER), tally.carriedInFen(BalanceKind.PROJECT_SURPLUS),
                figures.initialFen(), figures.increasesFen(), figures.decreasesFen(), Map.copyOf(revenue),
                figures.spentFen(), Map.copyOf(spentByEconomicCode), figures.recoveredFen(), figures.carriedOutFen(),
                figures.surplusFen(), figures.transfersInFen(), figures.transfersOutFen(),
                figures.reservedFen());
    }
}
