package org.budgetledger.query.narrative;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.budgetledger.money.Money;
import org.budgetledger.query.report.ReportId;
import org.budgetledger.query.report.RowCodes;

/**
 * The previous year's figures the narrative compares with, in 万元 as published, by the names of
 * the PRIOR_YEAR statement: read from the previous year's own tables when that year is in the
 * ledger (never restated), else from what the unit stated, else unknown (each missing figure
 * becomes a placeholder, never an invented figure).
 */
record PriorYear(Source source, Map<String, BigDecimal> figures) {

    /** 收支总计 of table 01. */
    static final String TOTAL = "TOTAL";
    /** 财政拨款收支总计 of table 04. */
    static final String FISCAL_TOTAL = "FISCAL_TOTAL";
    /** 一般公共预算财政拨款支出 of table 05. */
    static final String GENERAL_BUDGET_SPENT = "GENERAL_BUDGET_SPENT";
    /** 机关运行经费 (公用经费合计 of table 06). */
    static final String OPERATING_COSTS = "OPERATING_COSTS";

    enum Source {
        /** The previous year's ledger is in the books. */
        LEDGER,
        /** The unit stated the previous year's published totals. */
        STATEMENT,
        /** Neither. */
        NONE
    }

    static final PriorYear NONE = new PriorYear(Source.NONE, Map.of());

    PriorYear {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /** The figures of the previous year's tables. */
    static PriorYear fromLedger(NarrativeTables previous) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put(TOTAL, previous.amount(ReportId.INCOME_EXPENDITURE_SUMMARY, RowCodes.GRAND_TOTAL_INCOME, "amount"));
        figures.put(FISCAL_TOTAL, previous.amount(ReportId.FISCAL_SUMMARY, RowCodes.GRAND_TOTAL_INCOME, "total"));
        figures.put(GENERAL_BUDGET_SPENT,
                previous.amount(ReportId.GENERAL_BUDGET_EXPENDITURE, RowCodes.TOTAL, "expenditureTotal"));
        for (String category : new String[] {RowCodes.OVERSEAS_TRAVEL, RowCodes.VEHICLE_PURCHASE, RowCodes.VEHICLE_OPERATION,
                RowCodes.RECEPTION}) {
            figures.put(category, previous.amount(ReportId.THREE_PUBLIC, category, "actual"));
        }
        figures.put(OPERATING_COSTS,
                previous.amount(ReportId.GENERAL_BUDGET_BASIC_BY_ECONOMIC, RowCodes.PUBLIC_TOTAL, "amount"));
        return new PriorYear(Source.LEDGER, figures);
    }

    /** The figures of a PRIOR_YEAR statement (yuan with 2 decimals), each rounded to 万元 as a table would print it. */
    static PriorYear fromStatement(Map<String, String> statedYuan) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        statedYuan.forEach((name, yuan) -> figures.put(name, Money.wanYuan(Money.parseYuan(yuan))));
        return new PriorYear(Source.STATEMENT, figures);
    }

    /** The figure, or null when the previous year does not give it. */
    BigDecimal of(String name) {
        return figures.get(name);
    }
}
