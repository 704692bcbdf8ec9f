package org.budgetledger.line;

import java.util.LinkedHashMap;
import java.util.Map;
import org.budgetledger.money.Money;

/**
 * The figures of a budget line in fen, as both sides show them: the command side in its answer
 * to a command that touched the line, the query side in {@code GET …/lines}.
 */
public record LineFigures(
        BudgetLine line,
        long carriedInFen,
        long initialFen,
        long increasesFen,
        long decreasesFen,
        long revenueFen,
        long spentFen,
        long recoveredFen,
        long carriedOutFen,
        long surplusFen) {

    /** 全年预算: initial + increases − decreases. */
    public long budgetFen() {
        return initialFen + increasesFen - decreasesFen;
    }

    /** What can still be spent; zero once the close has disposed of the balance. */
    public long availableFen() {
        return carriedInFen + budgetFen() + revenueFen - spentFen - recoveredFen - carriedOutFen - surplusFen;
    }

    /**
     * The line as the HTTP contract writes it: the line object and every figure as a yuan
     * string, with the execution percentages (spent ÷ budget, spent ÷ initial; null when the
     * denominator is zero).
     */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("line", lineJson(line));
        json.put("carriedIn", Money.formatYuan(carriedInFen));
        json.put("initial", Money.formatYuan(initialFen));
        json.put("increases", Money.formatYuan(increasesFen));
        json.put("decreases", Money.formatYuan(decreasesFen));
        json.put("budget", Money.formatYuan(budgetFen()));
        json.put("revenue", Money.formatYuan(revenueFen));
        json.put("spent", Money.formatYuan(spentFen));
        json.put("available", Money.formatYuan(availableFen()));
        json.put("recovered", Money.formatYuan(recoveredFen));
        json.put("carriedOut", Money.formatYuan(carriedOutFen));
        json.put("surplus", Money.formatYuan(surplusFen));
        json.put("executionPct", Money.percent(spentFen, budgetFen()));
        json.put("initialExecutionPct", Money.percent(spentFen, initialFen));
        return json;
    }

    /** The contract's line object: fund, function code, nature and, for projects, code and name. */
    public static Map<String, Object> lineJson(BudgetLine line) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fund", line.fund().name());
        json.put("functionCode", line.functionCode());
        json.put("nature", line.nature().name());
        if (line.projectCode() != null) {
            json.put("projectCode", line.projectCode());
            json.put("projectName", line.projectName());
        }
        return json;
    }
}
