package org.budgetledger.line;

/**
 * The figures of a budget line in fen, as both sides show them: the command side in its answer
 * to a command that touched the line, the query side in {@code GET …/lines}.
 *
 * @param transfersInFen 调剂增加: budget transferred onto the line
 * @param transfersOutFen 调剂减少: budget transferred away from the line
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
        long transfersOutFen) {

    /**
     * 全年预算: initial + increases − decreases + transfers in − transfers out. A transfer (调剂)
     * changes the full-year budget of both its lines, never their initial budget.
     */
    public long budgetFen() {
        return initialFen + increasesFen - decreasesFen + transfersInFen - transfersOutFen;
    }

    /** What can still be spent; zero once the close has disposed of the balance. */
    public long availableFen() {
        return carriedInFen + budgetFen() + revenueFen - spentFen - recoveredFen - carriedOutFen - surplusFen;
    }
}
