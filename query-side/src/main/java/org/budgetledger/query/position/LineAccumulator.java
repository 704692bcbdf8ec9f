package org.budgetledger.query.position;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.budgetledger.events.RevenueType;
import org.budgetledger.line.BalanceKind;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.query.entries.EntryRow;

/** Adds a line's rows up, one at a time, into its position. */
final class LineAccumulator {

    private final BudgetLine line;
    private long carriedInBasic;
    private long carriedInProjectCarryOver;
    private long carriedInProjectSurplus;
    private long initial;
    private long increases;
    private long decreases;
    private final Map<RevenueType, Long> revenue = new EnumMap<>(RevenueType.class);
    private long spent;
    private final Map<String, Long> spentByEconomicCode = new TreeMap<>();
    private long recovered;
    private long carriedOut;
    private long surplus;

    LineAccumulator(BudgetLine line) {
        this.line = line;
    }

    void add(EntryRow row) {
        long amount = row.amountFen();
        switch (row.movement()) {
            case CARRY_IN -> {
                switch (BalanceKind.valueOf(row.balanceKind())) {
                    case BASIC_CARRY_OVER -> carriedInBasic += amount;
                    case PROJECT_CARRY_OVER -> carriedInProjectCarryOver += amount;
                    case PROJECT_SURPLUS -> carriedInProjectSurplus += amount;
                }
            }
            case INITIAL -> initial += amount;
            case INCREASE -> increases += amount;
            case DECREASE -> decreases += amount;
            case REVENUE -> revenue.merge(RevenueType.valueOf(row.revenueType()), amount, Long::sum);
            case SPEND -> {
                spent += amount;
                spentByEconomicCode.merge(row.economicCode(), amount, Long::sum);
            }
            case REVERSAL -> {
                spent -= amount;
                spentByEconomicCode.merge(row.economicCode(), -amount, Long::sum);
            }
            case RECOVER -> recovered += amount;
            case CARRY_OUT -> carriedOut += amount;
            case SURPLUS -> surplus += amount;
            default -> {
                // rows without a line never reach an accumulator
            }
        }
    }

    LinePosition position() {
        return new LinePosition(line, carriedInBasic, carriedInProjectCarryOver, carriedInProjectSurplus, initial,
                increases, decreases, Map.copyOf(revenue), spent, Map.copyOf(spentByEconomicCode), recovered, carriedOut,
                surplus);
    }
}
