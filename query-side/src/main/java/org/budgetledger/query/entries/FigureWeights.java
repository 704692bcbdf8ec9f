package org.budgetledger.query.entries;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.budgetledger.line.BalanceKind;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.Fund;
import org.budgetledger.line.LineFigures;
import org.budgetledger.line.LineTally;
import org.budgetledger.line.Movement;

/**
 * What one fen of each movement does to a line's 全年预算 and to its available balance, read off a
 * {@link LineTally}, so that the figures the projection keeps per row cannot disagree with the
 * one definition of {@link LineFigures#budgetFen()} and {@link LineFigures#availableFen()}.
 */
final class FigureWeights {

    private static final Map<Movement, Long> BUDGET = weights(LineFigures::budgetFen);
    private static final Map<Movement, Long> AVAILABLE = weights(LineFigures::availableFen);

    private FigureWeights() {
    }

    static long budgetChange(Movement movement, long amountFen) {
        return BUDGET.getOrDefault(movement, 0L) * amountFen;
    }

    static long availableChange(Movement movement, long amountFen) {
        return AVAILABLE.getOrDefault(movement, 0L) * amountFen;
    }

    private static Map<Movement, Long> weights(ToLongFunction<LineFigures> figure) {
        Map<Movement, Long> weights = new EnumMap<>(Movement.class);
        for (Movement movement : Movement.values()) {
            if (movement.touchesLine()) {
                // Any line and kind will do: the figures sum every kind brought in.
                LineTally oneFen = new LineTally(BudgetLine.basic(Fund.GENERAL_BUDGET, "2010101"));
                oneFen.apply(movement, 1, BalanceKind.BASIC_CARRY_OVER);
                weights.put(movement, figure.applyAsLong(oneFen.figures()));
            }
        }
        return weights;
    }
}
