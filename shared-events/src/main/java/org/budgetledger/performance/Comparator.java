package org.budgetledger.performance;

import java.util.Arrays;
import java.util.Optional;

/**
 * 指标性质: how an indicator's actual value is compared with its target. The contract writes them
 * as {@code ">="}, {@code "<="}, {@code "="} and {@code "QUALITATIVE"}; the constant names are
 * stored in events: never rename one.
 */
public enum Comparator {
    /** 正向指标: at least the target. */
    AT_LEAST(">=", "正向指标（≥）"),
    /** 反向指标: at most the target. */
    AT_MOST("<=", "反向指标（≤）"),
    /** 等于: exactly the target. */
    EQUAL("=", "等于（=）"),
    /** 定性指标: graded by the evaluator. */
    QUALITATIVE("QUALITATIVE", "定性指标");

    private final String symbol;
    private final String label;

    Comparator(String symbol, String label) {
        this.symbol = symbol;
        this.label = label;
    }

    /** As the contract writes it. */
    public String symbol() {
        return symbol;
    }

    public String label() {
        return label;
    }

    public boolean quantitative() {
        return this != QUALITATIVE;
    }

    public static Optional<Comparator> ofSymbol(String symbol) {
        return Arrays.stream(values()).filter(comparator -> comparator.symbol.equals(symbol)).findFirst();
    }
}
