package org.budgetledger.query.report;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.budgetledger.events.RevenueType;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.Fund;
import org.budgetledger.money.Money;
import org.budgetledger.query.position.LinePosition;

/** Builds a {@link LinePosition} from yuan amounts, the way a finance officer would state them. */
final class Lines {

    private final BudgetLine line;
    private long carriedInBasic;
    private long carriedInProjectCarryOver;
    private long carriedInProjectSurplus;
    private long initial;
    private long increases;
    private long decreases;
    private final Map<RevenueType, Long> revenue = new EnumMap<>(RevenueType.class);
    private long spent;
    private final Map<String, Long> spentByEconomicCode = new LinkedHashMap<>();
    private long recovered;
    private long carriedOut;
    private long surplus;
    private long transfersIn;
    private long transfersOut;

    private Lines(BudgetLine line) {
        this.line = line;
    }

    static Lines basic(Fund fund, String functionCode) {
        return new Lines(BudgetLine.basic(fund, functionCode));
    }

    static Lines project(Fund fund, String functionCode, String projectCode, String projectName) {
        return new Lines(BudgetLine.project(fund, functionCode, projectCode, projectName));
    }

    Lines carriedInBasic(String yuan) {
        carriedInBasic += fen(yuan);
        return this;
    }

    Lines carriedInProjectCarryOver(String yuan) {
        carriedInProjectCarryOver += fen(yuan);
        return this;
    }

    Lines carriedInProjectSurplus(String yuan) {
        carriedInProjectSurplus += fen(yuan);
        return this;
    }

    Lines initial(String yuan) {
        return initialFen(fen(yuan));
    }

    Lines initialFen(long amountFen) {
        initial += amountFen;
        return this;
    }

    Lines increase(String yuan) {
        increases += fen(yuan);
        return this;
    }

    Lines decrease(String yuan) {
        decreases += fen(yuan);
        return this;
    }

    Lines revenue(RevenueType type, String yuan) {
        revenue.merge(type, fen(yuan), Long::sum);
        return this;
    }

    /** An expenditure on an economic code. */
    Lines spend(String economicCode, String yuan) {
        return spendFen(economicCode, fen(yuan));
    }

    Lines spendFen(String economicCode, long amountFen) {
        spent += amountFen;
        spentByEconomicCode.merge(economicCode, amountFen, Long::sum);
        return this;
    }

    /** Spending that the economic split does not account for: only an inconsistent position has it. */
    Lines spendWithoutEconomicCode(String yuan) {
        spent += fen(yuan);
        return this;
    }

    /** 调剂增加: budget transferred onto the line. */
    Lines transferIn(String yuan) {
        transfersIn += fen(yuan);
        return this;
    }

    /** 调剂减少: budget transferred away from the line. */
    Lines transferOut(String yuan) {
        transfersOut += fen(yuan);
        return this;
    }

    /** The year-end close recovered what was left. */
    Lines recoverRest() {
        recovered += available();
        return this;
    }

    /** The year-end close carried what was left forward. */
    Lines carryRestForward() {
        carriedOut += available();
        return this;
    }

    /** The year-end close kept what was left as project surplus. */
    Lines keepRestAsSurplus() {
        surplus += available();
        return this;
    }

    LinePosition build() {
        return new LinePosition(line, carriedInBasic, carriedInProjectCarryOver, carriedInProjectSurplus, initial,
                increases, decreases, Map.copyOf(revenue), spent, Map.copyOf(spentByEconomicCode), recovered,
                carriedOut, surplus, transfersIn, transfersOut, 0);
    }

    private long available() {
        return build().availableFen();
    }

    static long fen(String yuan) {
        return Money.parseYuan(yuan);
    }
}
