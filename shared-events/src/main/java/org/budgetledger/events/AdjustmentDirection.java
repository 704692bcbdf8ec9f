package org.budgetledger.events;

import org.budgetledger.line.Movement;

/** The direction of a mid-year adjustment. */
public enum AdjustmentDirection {
    /** 年中追加 (调增). */
    INCREASE,
    /** 年中压减 (调减). */
    DECREASE;

    /** The movement an adjustment in this direction makes on its line. */
    public Movement movement() {
        return this == INCREASE ? Movement.INCREASE : Movement.DECREASE;
    }
}
