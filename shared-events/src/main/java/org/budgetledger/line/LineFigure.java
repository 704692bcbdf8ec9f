package org.budgetledger.line;

/**
 * The figures a line accumulates, each the sum of the movements on it (see {@link Movement}).
 * {@code budget} and {@code available} are not among them: they are computed from these
 * ({@link LineFigures#budgetFen()}, {@link LineFigures#availableFen()}).
 */
public enum LineFigure {
    /** 年初结转和结余, kept by {@link BalanceKind}. */
    CARRIED_IN,
    /** 年初预算. */
    INITIAL,
    /** 年中追加. */
    INCREASES,
    /** 年中压减. */
    DECREASES,
    /** Non-fiscal receipts ({@code UNIT_FUNDS} lines). */
    REVENUE,
    /** Expenditures less reversals. */
    SPENT,
    /** 收回 at the close. */
    RECOVERED,
    /** 年末结转 at the close. */
    CARRIED_OUT,
    /** 年末结余 at the close. */
    SURPLUS,
    /** 调剂增加: budget transferred onto the line. */
    TRANSFERS_IN,
    /** 调剂减少: budget transferred away from the line. */
    TRANSFERS_OUT,
    /** 冻结: what pending payment requests hold on the line; not spent, but no longer available. */
    RESERVED
}
