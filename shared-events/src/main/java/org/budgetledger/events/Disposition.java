package org.budgetledger.events;

/** What the year-end close does with a line's unspent balance. */
public enum Disposition {
    /** 结转: the balance moves to the next year on the same line. */
    CARRY_FORWARD,
    /** 结余: a finished project's balance, kept by the unit (project lines only). */
    SURPLUS,
    /** 收回: the finance bureau takes the balance back (fiscal funds only). */
    RECOVER
}
