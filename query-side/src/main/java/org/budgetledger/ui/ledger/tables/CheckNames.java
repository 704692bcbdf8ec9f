package org.budgetledger.ui.ledger.tables;

import java.util.Map;
import org.budgetledger.query.report.ConsistencyCheck;

/** The consistency identities as a finance office states them. */
final class CheckNames {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry(ConsistencyCheck.INCOME_01_EQUALS_02, "表01本年收入合计 = 表02合计"),
            Map.entry(ConsistencyCheck.EXPENDITURE_01_EQUALS_03, "表01本年支出合计 = 表03合计"),
            Map.entry(ConsistencyCheck.GRAND_TOTALS_01_BALANCE, "表01收入总计 = 支出总计"),
            Map.entry(ConsistencyCheck.GRAND_TOTALS_04_BALANCE, "表04收入总计 = 支出总计"),
            Map.entry(ConsistencyCheck.FISCAL_INCOME_02_EQUALS_04, "表02财政拨款收入 = 表04本年收入合计"),
            Map.entry(ConsistencyCheck.GENERAL_BUDGET_04_EQUALS_05, "表04一般公共预算支出 = 表05本年支出合计"),
            Map.entry(ConsistencyCheck.BASIC_05_EQUALS_06, "表05基本支出 = 表06人员经费 + 公用经费"),
            Map.entry(ConsistencyCheck.BALANCES_05, "表05年末结转结余 = 年初 + 收入 − 支出"),
            Map.entry(ConsistencyCheck.BALANCES_07, "表07年末结转结余 = 年初 + 收入 − 支出"),
            Map.entry(ConsistencyCheck.BALANCES_08, "表08年末结转结余 = 年初 + 收入 − 支出"),
            Map.entry(ConsistencyCheck.THREE_PUBLIC_09, "表09三公经费决算数 = 财政拨款三公科目支出"),
            Map.entry(ConsistencyCheck.LINES_AVAILABLE, "各指标可用余额不为负"),
            Map.entry(ConsistencyCheck.LINES_DISPOSED, "结账后各指标余额已处理完毕"));

    private CheckNames() {
    }

    static String of(String name) {
        return NAMES.getOrDefault(name, name);
    }
}
