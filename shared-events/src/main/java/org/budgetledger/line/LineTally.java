package org.budgetledger.line;

/**
 * The running figures of one line, in fen, moved by one {@link Movement} at a time: the one
 * place where a movement changes a figure. The command side keeps one per line in the ledger
 * aggregate (whose rules read its {@link #figures()}), the query side one per line for the
 * positions and for the history's budget and available balance after each entry.
 *
 * <p>Mutable and not thread-safe: a tally belongs to whoever is adding up one line. The ledger
 * aggregate's snapshots store its fields as they are named here, so renaming or removing one
 * makes existing snapshots unreadable; adding one is safe (it loads as 0).
 */
public final class LineTally {

    private BudgetLine line;
    private long carriedInBasic;
    private long carriedInProjectCarryOver;
    private long carriedInProjectSurplus;
    private long initial;
    private long increases;
    private long decreases;
    private long revenue;
    private long spent;
    private long recovered;
    private long carriedOut;
    private long surplus;
    private long transfersIn;
    private long transfersOut;
    private long reserved;

    private LineTally() {
        // for the aggregate's snapshots (Jackson)
    }

    /** A line with every figure zero. */
    public LineTally(BudgetLine line) {
        this.line = line;
    }

    public BudgetLine line() {
        return line;
    }

    /** Applies one of an event's line movements; it must be on this line. */
    public void apply(LineMovement movement) {
        if (!movement.line().key().equals(line.key())) {
            throw new IllegalArgumentException("A movement on line " + movement.line().key() + " applied to line " + line.key());
        }
        apply(movement.movement(), movement.amountFen(), movement.kind());
    }

    /**
     * Moves the figure the movement changes by the amount, in the movement's direction.
     *
     * @param kind the kind of balance brought in, required for {@link Movement#CARRY_IN}; ignored otherwise
     * @throws IllegalArgumentException if the movement touches no line, or a carry-in has no kind
     */
    public void apply(Movement movement, long amountFen, BalanceKind kind) {
        if (!movement.touchesLine()) {
            throw new IllegalArgumentException("The movement " + movement + " touches no line");
        }
        long fen = movement.signedFen(amountFen);
        switch (movement.figure()) {
            case CARRIED_IN -> {
                if (kind == null) {
                    throw new IllegalArgumentException("A " + movement + " on line " + line.key() + " needs its balance kind");
                }
                switch (kind) {
                    case BASIC_CARRY_OVER -> carriedInBasic += fen;
                    case PROJECT_CARRY_OVER -> carriedInProjectCarryOver += fen;
                    case PROJECT_SURPLUS -> carriedInProjectSurplus += fen;
                }
            }
            case INITIAL -> initial += fen;
            case INCREASES -> increases += fen;
            case DECREASES -> decreases += fen;
            case REVENUE -> revenue += fen;
            case SPENT -> spent += fen;
            case RECOVERED -> recovered += fen;
            case CARRIED_OUT -> carriedOut += fen;
            case SURPLUS -> surplus += fen;
            case TRANSFERS_IN -> transfersIn += fen;
            case TRANSFERS_OUT -> transfersOut += fen;
            case RESERVED -> reserved += fen;
        }
    }

    /** The balance brought in of one kind (the figures sum the kinds). */
    public long carriedInFen(BalanceKind kind) {
        return switch (kind) {
            case BASIC_CARRY_OVER -> carriedInBasic;
            case PROJECT_CARRY_OVER -> carriedInProjectCarryOver;
            case PROJECT_SURPLUS -> carriedInProjectSurplus;
        };
    }

    /** The line's figures now, with its budget and available balance. */
    public LineFigures figures() {
        return new LineFigures(line, carriedInBasic + carriedInProjectCarryOver + carriedInProjectSurplus, initial, increases,
                decreases, revenue, spent, recovered, carriedOut, surplus, transfersIn, transfersOut,
                reserved);
    }
}
