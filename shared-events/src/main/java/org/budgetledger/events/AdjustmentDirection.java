package org.budgetledger.events;

/** The direction of a mid-year adjustment. */
public enum AdjustmentDirection {
    /** 年中追加 (调增). */
    INCREASE,
    /** 年中压减 (调减). */
    DECREASE
}
