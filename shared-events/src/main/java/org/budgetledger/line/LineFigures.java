package org.budgetledger.line;

/**
 * The figures of a budget line in fen, as both sides show them: the command side in its answer
 * to a command that touched the line, the query side in {@code GET …/lines}.
 *
 * @param transfersInFen 调剂增加: budget transferred onto the line
 * @param transfersOutFen 调剂减少: budget transferred away from the line
 * @param reservedFen 冻结: held by pending payment requests, not spent and not available
 */
public record LineFigures(
        BudgetLine line,
        long carriedInFen,
        long initialFen,
        long increasesFen,
        long decreasesFen,
        long revenueFen,
        long spentFen,
        long recoveredFen,
        long carriedOutFen,
        long surplusFen,
        long transfersInFen,
        long transfersOutFen,
        long reservedFen) {

    /**
     * 全年预算: initial + increases − decreases + transfers in − transfers out. A transfer (调剂)
     * changes the full-year budget of both its lines, never their initial budget.
     */
    public long budgetFen() {
        return initialFen + increasesFen - decreasesFen + transfersInFen - transfersOutFen;
    }

    /**
     * What can still be spent (or requested) now: after what pending payment requests hold; zero
     * once the close has disposed of the balance.
     */
    public long availableFen() {
        return carriedInFen + budgetFen() + revenueFen - spentFen - reservedFen - recoveredFen - carriedOutFen - surplusFen;
    }
}
