package org.budgetledger.line;

/**
 * What an entry does to a line: the one definition, for every part of the ledger, of which
 * {@link LineFigure} a movement changes and in which direction. The aggregate's line state, the
 * query side's positions and the audit history all apply movements through {@link LineTally},
 * so they cannot disagree on what, say, a reversal does; an event says which movements it makes
 * ({@code LedgerEvent.lineMovements()}), and no handler decides that again.
 *
 * <p>A few movements touch no line (the opening and the close of the ledger as such, a 三公
 * or 一般性支出 control budget, a statement): they exist so that every entry has a movement in the read model.
 *
 * <p>The names are stored (the {@code movement} column of the query side's {@code ledger_entry},
 * which the history's {@code type} filter also matches): never rename a constant.
 * Adding a movement means adding a constant here, the event that makes it and its handlers.
 */
public enum Movement {
    /** The ledger was opened; no line. */
    OPENED(null, 0),
    /** A balance brought in at the opening (年初结转和结余), by kind. */
    CARRY_IN(LineFigure.CARRIED_IN, 1),
    /** 年初预算. */
    INITIAL(LineFigure.INITIAL, 1),
    /** 年中追加. */
    INCREASE(LineFigure.INCREASES, 1),
    /** 年中压减. */
    DECREASE(LineFigure.DECREASES, 1),
    /** Non-fiscal revenue, by type. */
    REVENUE(LineFigure.REVENUE, 1),
    /** An expenditure. */
    SPEND(LineFigure.SPENT, 1),
    /** The reversal of an expenditure: its amount comes off what was spent. */
    REVERSAL(LineFigure.SPENT, -1),
    /** A 三公 control budget was set; no line. */
    THREE_PUBLIC_BUDGET(null, 0),
    /** 收回 at the close. */
    RECOVER(LineFigure.RECOVERED, 1),
    /** 年末结转 at the close. */
    CARRY_OUT(LineFigure.CARRIED_OUT, 1),
    /** 年末结余 at the close. */
    SURPLUS(LineFigure.SURPLUS, 1),
    /** The ledger was closed; no line. */
    CLOSED(null, 0),
    /** 调剂减少: budget moved away from the line by a transfer. */
    TRANSFER_OUT(LineFigure.TRANSFERS_OUT, 1),
    /** 调剂增加: budget moved onto the line by a transfer. */
    TRANSFER_IN(LineFigure.TRANSFERS_IN, 1),
    /** 冻结: a payment request reserves its amount on the line. */
    RESERVE(LineFigure.RESERVED, 1),
    /** The reservation of a payment request ends: it was approved (and spent) or rejected. */
    RELEASE(LineFigure.RESERVED, -1),
    /** Performance targets (绩效目标) of a project or of the unit were set; no line. */
    PERFORMANCE_TARGETS(null, 0),
    /** A performance result (实际完成值) was recorded; no line. */
    PERFORMANCE_RESULT(null, 0),
    /** The budget of a 一般性支出 category (会议费, 培训费, 机关运行经费) was set; no line. */
    CONTROL_BUDGET(null, 0),
    /** A statement of facts beside the books (assets, the previous year's totals); no line. */
    STATEMENT(null, 0);

    private final LineFigure figure;
    private final int sign;

    Movement(LineFigure figure, int sign) {
        this.figure = figure;
        this.sign = sign;
    }

    /** Whether the movement changes a line's figures (false for the ledger-level entries). */
    public boolean touchesLine() {
        return figure != null;
    }

    /** The figure the movement changes; null if it touches no line. */
    public LineFigure figure() {
        return figure;
    }

    /** +1 if the movement adds its amount to its figure, −1 if it takes it off; 0 if it touches no line. */
    public int sign() {
        return sign;
    }

    /** What the movement of a (positive) amount adds to its figure. */
    public long signedFen(long amountFen) {
        return sign * amountFen;
    }
}
