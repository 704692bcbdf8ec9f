package org.budgetledger.events;

import org.budgetledger.line.Movement;

/** What the year-end close does with a line's unspent balance. */
public enum Disposition {
    /** 结转: the balance moves to the next year on the same line. */
    CARRY_FORWARD(Movement.CARRY_OUT),
    /** 结余: a finished project's balance, kept by the unit (project lines only). */
    SURPLUS(Movement.SURPLUS),
    /** 收回: the finance bureau takes the balance back (fiscal funds only). */
    RECOVER(Movement.RECOVER);

    private final Movement movement;

    Disposition(Movement movement) {
        this.movement = movement;
    }

    /** The movement the close makes on a line with this disposition. */
    public Movement movement() {
        return movement;
    }
}
