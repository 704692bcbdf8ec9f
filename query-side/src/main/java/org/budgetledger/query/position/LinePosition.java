package org.budgetledger.query.position;

import java.util.Map;
import org.budgetledger.events.RevenueType;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.LineFigures;
import org.budgetledger.line.Nature;

/**
 * The figures of one budget line at some point of its ledger's history, all in fen. This is
 * what every report is computed from: a report never reads events, only positions.
 *
 * @param carriedInBasicFen 年初结转: basic carry-over brought in
 * @param carriedInProjectCarryOverFen 年初结转: project carry-over brought in
 * @param carriedInProjectSurplusFen 年初结余: project surplus brought in
 * @param initialFen 年初预算
 * @param increasesFen 年中追加
 * @param decreasesFen 年中压减
 * @param revenueFen non-fiscal receipts by type ({@code UNIT_FUNDS} lines only)
 * @param spentFen expenditures less reversals
 * @param spentByEconomicCodeFen {@code spentFen} split by 5-digit economic code
 * @param recoveredFen 收回 at the close
 * @param carriedOutFen 年末结转 decided at the close
 * @param surplusFen 年末结余 decided at the close
 * @param transfersInFen 调剂增加: budget transferred onto the line
 * @param transfersOutFen 调剂减少: budget transferred away from the line
 * @param reservedFen 冻结: held by pending payment requests (not spent, not available)
 */
public record LinePosition(
        BudgetLine line,
        long carriedInBasicFen,
        long carriedInProjectCarryOverFen,
        long carriedInProjectSurplusFen,
        long initialFen,
        long increasesFen,
        long decreasesFen,
        Map<RevenueType, Long> revenueFen,
        long spentFen,
        Map<String, Long> spentByEconomicCodeFen,
        long recoveredFen,
        long carriedOutFen,
        long surplusFen,
        long transfersInFen,
        long transfersOutFen,
        long reservedFen) {

    /** 年初结转和结余, all kinds. */
    public long carriedInFen() {
        return carriedInBasicFen + carriedInProjectCarryOverFen + carriedInProjectSurplusFen;
    }

    /** 全年预算, as {@link LineFigures#budgetFen()} defines it. */
    public long budgetFen() {
        return figures().budgetFen();
    }

    /** All non-fiscal receipts. */
    public long revenueTotalFen() {
        return revenueFen.values().stream().mapToLong(Long::longValue).sum();
    }

    /** What can still be spent, as {@link LineFigures#availableFen()} defines it: nothing after the close has disposed of the balance. */
    public long availableFen() {
        return figures().availableFen();
    }

    /**
     * 本年收入: for fiscal funds what was made available and not taken back (budget − recovered),
     * for unit funds the receipts.
     */
    public long incomeFen() {
        return line.fund().isFiscal() ? budgetFen() - recoveredFen : revenueTotalFen();
    }

    /** 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出. */
    public long closingFen() {
        return carriedInFen() + incomeFen() - spentFen;
    }

    /** The closing balance of a basic line (基本支出结转). */
    public long closingBasicFen() {
        return line.nature() == Nature.BASIC ? closingFen() : 0;
    }

    /**
     * The closing balance of a project line that continues (项目支出结转): before the close all of
     * it, after the close what was carried forward.
     */
    public long closingProjectCarryOverFen() {
        return line.nature() == Nature.PROJECT ? closingFen() - surplusFen : 0;
    }

    /** The closing balance of a finished project kept as surplus (项目支出结余). */
    public long closingProjectSurplusFen() {
        return line.nature() == Nature.PROJECT ? surplusFen : 0;
    }

    /** The line's figures as both sides show them (kinds of carried-in balance and revenue summed). */
    public LineFigures figures() {
        return new LineFigures(line, carriedInFen(), initialFen, increasesFen, decreasesFen, revenueTotalFen(), spentFen,
                recoveredFen, carriedOutFen, surplusFen, transfersInFen, transfersOutFen, reservedFen);
    }

    /** Spending on one economic code. */
    public long spentOnFen(String economicCode) {
        return spentByEconomicCodeFen.getOrDefault(economicCode, 0L);
    }
}
