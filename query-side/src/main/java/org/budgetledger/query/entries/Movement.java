package org.budgetledger.query.entries;

/** What a row of {@code ledger_entry} does to its line (or to the ledger, for rows without a line). */
public enum Movement {
    /** The ledger was opened; no line. */
    OPENED,
    /** A balance brought in at the opening (年初结转和结余), by kind. */
    CARRY_IN,
    /** 年初预算. */
    INITIAL,
    /** 年中追加. */
    INCREASE,
    /** 年中压减. */
    DECREASE,
    /** Non-fiscal revenue, by type. */
    REVENUE,
    /** An expenditure. */
    SPEND,
    /** The reversal of an expenditure: its amount comes back. */
    REVERSAL,
    /** A 三公 control budget was set; no line. */
    THREE_PUBLIC_BUDGET,
    /** 收回 at the close. */
    RECOVER,
    /** 年末结转 at the close. */
    CARRY_OUT,
    /** 年末结余 at the close. */
    SURPLUS,
    /** The ledger was closed; no line. */
    CLOSED
}
