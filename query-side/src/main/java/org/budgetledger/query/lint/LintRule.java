package org.budgetledger.query.lint;

/**
 * The rules of the lint, each with its stable id (clients and the README refer to it), the worst
 * severity it reports and what it checks. A rule that compares sums reports a difference of
 * 0.01 万元 as INFO (the rounding note of the tables) and anything larger as ERROR.
 */
public enum LintRule {
    TABLE_ROW_SUM(Severity.ERROR, "Within one row of a table: 合计 = the sum of its columns (02 收入 sources, 03 基本 + 项目 + …, "
            + "04 一般公共预算 + 基金 + 国资, 05/07/08 each of 年初/收入/支出/年末: 合计 = 基本 + 项目)."),
    TABLE_ROLLUP(Severity.ERROR, "Function tables 02, 03, 05, 07, 08, column by column: 类 = Σ款, 款 = Σ项, 合计 = Σ类."),
    TABLE_BALANCE(Severity.ERROR, "05, 07, 08, every row: 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出 (合计, 基本, 项目)."),
    TABLE_SUMMARY(Severity.ERROR, "01 and 04: 本年收入合计 = Σ收入 rows; 本年支出合计 = Σ26 类; 收入总计 = 本年收入合计 + 使用非财政拨款结余 + "
            + "年初结转和结余; 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余; 收入总计 = 支出总计."),
    TABLE_ECONOMIC(Severity.ERROR, "06: each economic 类 = Σ its 款; 人员经费合计 = 301 + 303; 公用经费合计 = 302 + 307 + 310 + 399."),
    TABLE_TOTAL_BLANK(Severity.WARNING, "A total row left blank while the rows it adds up are not (the total is computed and used)."),
    TABLE_COLUMNS_REALIGNED(Severity.INFO, "The extracted text put a row's figures in other columns; the row was read in the only "
            + "column order that satisfies its identities (the nearest to the text)."),
    TABLE_EMPTY_UNEXPLAINED(Severity.WARNING, "07 or 08 published empty without a statement that the unit has no such money: "
            + "WARNING when nothing says so, INFO when only the narrative says so."),
    CROSS_TABLE(Severity.ERROR, "Between tables: 01 本年收入合计 = 02 合计; 01 本年支出合计 and 类 rows = 03; 02 财政拨款收入 = 04 "
            + "本年收入合计; 04 一般公共预算 column = 05 支出 (total and 类); 05 基本支出 = 06 人员经费 + 公用经费; 03 = 05 row by row "
            + "when all money is 一般公共预算."),
    NARRATIVE_TABLE(Severity.ERROR, "A figure of the narrative against the table cell it names (本年收入合计, 基本支出, 人员经费, "
            + "机关运行经费, each 类 and 项 of 第三部分, a 基本支出 economic item such as 会议费 against 06)."),
    NARRATIVE_UNKNOWN_ITEM(Severity.WARNING, "A 项 the narrative reports with an amount that no table row has."),
    NARRATIVE_PARTS_SUM(Severity.ERROR, "A total and its 其中 items (same sentence): the items exceed the total, or fall short of it "
            + "by more than 0.01 while they look complete (ERROR); items covering only part of the total (WARNING)."),
    NARRATIVE_PERCENT(Severity.ERROR, "A percentage (占…的, 占比, 完成(年初)预算的) recomputed from its stated parts and denominator, "
            + "with the rounding of each printed figure taken into account: off by one unit of its last decimal is INFO "
            + "(rounding adjusted so that shares add up), more is ERROR."),
    NARRATIVE_SHARES_SUM(Severity.ERROR, "Shares of one whole (the items of one breakdown) add up to 100 % up to their rounding."),
    NARRATIVE_CHANGE(Severity.ERROR, "增加/减少 X 万元, 增长/下降 Y %: Y recomputed from X and the prior figure (stated, or the "
            + "current one ∓ X), the two words agree, and a stated prior agrees with the current figure and X."),
    NARRATIVE_BUDGET_ARITHMETIC(Severity.ERROR, "年初预算 + 年中追加 − 年中压减 = 全年预算, where a sentence states them."),
    NARRATIVE_COMPARISON(Severity.ERROR, "决算数大于/小于/等于(年初)预算数 against the two figures the sentence gives."),
    TEMPLATE_PLACEHOLDER(Severity.ERROR, "A placeholder of the template left in: ××, XX年, 【…】, □."),
    TEMPLATE_INSTRUCTION(Severity.WARNING, "An instruction of the template left in (总结归纳…, 主要反映…, 填报…, 要分别总结…)."),
    TEMPLATE_INTERIM_DATE(Severity.WARNING, "A year-end report giving figures up to a date before year end (截止10月25日) or 截至目前."),
    LEDGER_TABLE_CELL(Severity.ERROR, "With ?ledger=: every printed cell of 01–08 against the ledger's table (a blank cell is 0.00)."),
    LEDGER_ROW_MISSING(Severity.ERROR, "With ?ledger=: a row the ledger's table has with figures that the printed table lacks."),
    LEDGER_NARRATIVE(Severity.ERROR, "With ?ledger=: narrative figures against the ledger: the totals and items of NARRATIVE_TABLE, "
            + "each 项's 年初预算 and 决算 (function-execution), each project's budget figures (project-execution), the 三公 "
            + "budgets and actuals (09).");

    private final Severity worst;
    private final String description;

    LintRule(Severity worst, String description) {
        this.worst = worst;
        this.description = description;
    }

    public Severity worst() {
        return worst;
    }

    public String description() {
        return description;
    }
}
