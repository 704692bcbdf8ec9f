package org.budgetledger.line;

/**
 * The figures of a budget line in fen, as both sides show them: the command side in its answer
 * to a command that touched the line, the query side in {@code GET …/lines}.
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
        long surplusFen) {

    /** 全年预算: initial + increases − decreases. */
    public long budgetFen() {
        return initialFen + increasesFen - decreasesFen;
    }

    /** What can still be spent; zero once the close has disposed of the balance. */
    public long availableFen() {
        return carriedInFen + budgetFen() + revenueFen - spentFen - recoveredFen - carriedOutFen - surplusFen;
    }
}
