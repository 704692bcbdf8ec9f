package org.budgetledger.line;

/**
 * One movement of an entry on one line, in fen (always the positive amount of the entry; the
 * {@link Movement} says in which direction it moves its figure). An event lists its line
 * movements, so that the aggregate and the projections apply the same ones.
 *
 * @param kind for a {@link Movement#CARRY_IN}, the kind of balance brought in; for a
 *     {@link Movement#CARRY_OUT} or a {@link Movement#SURPLUS}, the kind it becomes in the next
 *     year; null otherwise
 */
public record LineMovement(BudgetLine line, Movement movement, long amountFen, BalanceKind kind) {

    /** A movement without a balance kind. */
    public static LineMovement of(BudgetLine line, Movement movement, long amountFen) {
        return new LineMovement(line, movement, amountFen, null);
    }
}
