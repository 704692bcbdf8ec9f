package org.budgetledger.query.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.budgetledger.line.Fund;
import org.budgetledger.performance.Comparator;
import org.budgetledger.performance.IndicatorScore;
import org.budgetledger.performance.PerformanceIndicator;
import org.budgetledger.performance.PerformanceScoring;
import org.budgetledger.query.position.Evaluation;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.position.LinePosition;

/**
 * The self-evaluation tables (绩效自评表): for a project (项目支出绩效自评表) or for the unit's
 * overall spending (部门（单位）整体支出绩效自评表), the budget block computed from the ledger's lines,
 * every indicator with its target, result, score and the rule that gave it, and the total with its
 * grade. Nothing in them is typed: the budget block is the accounts, the scores follow from
 * the targets and results by {@link PerformanceScoring}.
 *
 * <p>The budget block's rows split the money of the scope's lines by source:
 * <ul>
 *   <li>本年财政拨款: the fiscal lines' 年初预算 and 全年预算, and what they spent beyond the balance brought in;</li>
 *   <li>上年结转资金: the fiscal lines' balances brought in (known at the start of the year, so both budgets), spent
 *       first (结转资金优先使用);</li>
 *   <li>其他资金: the unit-funds lines: their balance brought in as 年初预算数, plus the year's revenue as 全年预算数;</li>
 *   <li>年度资金总额: the sum of the three. Its execution gives the 10 points of budget execution.</li>
 * </ul>
 */
final class PerformanceTables {

    static final List<ReportColumn> COLUMNS = List.of(
            ReportColumn.amount("initial", "年初预算数"),
            ReportColumn.amount("budget", "全年预算数"),
            ReportColumn.amount("spent", "全年执行数"),
            ReportColumn.percent("rate", "执行率"),
            ReportColumn.text("level1", "一级指标"),
            ReportColumn.text("level2", "二级指标"),
            ReportColumn.text("nature", "指标性质"),
            ReportColumn.text("target", "年度指标值"),
            ReportColumn.text("unit", "度量单位"),
            ReportColumn.points("weight", "分值"),
            ReportColumn.text("actual", "实际完成值"),
            ReportColumn.points("score", "得分"),
            ReportColumn.text("rule", "评分规则"),
            ReportColumn.text("deviationReason", "偏差原因及改进措施"),
            ReportColumn.text("grade", "评价等级"));

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The budget figures of one source of money, in fen. */
    record Funds(long initialFen, long budgetFen, long spentFen) {
        Funds plus(Funds other) {
            return new Funds(initialFen + other.initialFen, budgetFen + other.budgetFen, spentFen + other.spentFen);
        }
    }

    /** The budget block of a scope: its three sources and their sum. */
    record BudgetBlock(Funds fiscal, Funds carried, Funds other) {
        Funds total() {
            return fiscal.plus(carried).plus(other);
        }
    }

    /** The budget block of the lines {@code wanted} selects. */
    static BudgetBlock budgetBlock(List<LinePosition> lines, Predicate<LinePosition> wanted) {
        Funds fiscal = new Funds(0, 0, 0);
        Funds carried = new Funds(0, 0, 0);
        Funds other = new Funds(0, 0, 0);
        for (LinePosition line : lines) {
            if (!wanted.test(line)) {
                continue;
            }
            if (line.line().fund() == Fund.UNIT_FUNDS) {
                other = other.plus(new Funds(line.carriedInFen(), line.carriedInFen() + line.revenueTotalFen(), line.spentFen()));
            } else {
                long carriedSpent = Math.max(0, Math.min(line.spentFen(), line.carriedInFen()));
                carried = carried.plus(new Funds(line.carriedInFen(), line.carriedInFen(), carriedSpent));
                fiscal = fiscal.plus(new Funds(line.initialFen(), line.budgetFen(), line.spentFen() - carriedSpent));
            }
        }
        return new BudgetBlock(fiscal, carried, other);
    }

    /** 项目支出绩效自评表 of one project, or of every project with targets when {@code projectCode} is null. */
    Table project(LedgerPosition position, String projectCode) {
        Evaluation evaluation = position.evaluation();
        List<String> projects = projectCode != null ? List.of(projectCode) : evaluation.projectCodes();
        List<TableRow> rows = new ArrayList<>();
        for (String code : projects) {
            String name = position.lines().stream().filter(line -> code.equals(line.line().projectCode()))
                    .map(line -> line.line().projectName()).findFirst().orElse("");
            rows.add(new TableRow(code, name, 0, Map.of()));
            scope(rows, code + ":", position, code, line -> code.equals(line.line().projectCode()));
        }
        return new Table(COLUMNS, rows);
    }

    /** 部门（单位）整体支出绩效自评表: every line of the ledger, and the unit's targets. */
    Table unit(LedgerPosition position) {
        List<TableRow> rows = new ArrayList<>();
        scope(rows, "", position, null, line -> true);
        return new Table(COLUMNS, rows);
    }

    /** The rows of one scope, each code prefixed: goal, budget block, indicators, total. */
    private static void scope(List<TableRow> rows, String prefix, LedgerPosition position, String projectCode,
            Predicate<LinePosition> lines) {
        Evaluation evaluation = position.evaluation();
        Evaluation.Targets targets = evaluation.targetsOf(projectCode).orElse(null);
        rows.add(new TableRow(prefix + "GOAL", "年度总体目标：" + (targets == null || targets.overallGoal() == null ? "（未设定）"
                : targets.overallGoal()), 1, Map.of()));
        BudgetBlock block = budgetBlock(position.lines(), lines);
        BigDecimal budgetScore = PerformanceScoring.budgetScore(block.total().spentFen(), block.total().budgetFen());
        rows.add(fundsRow(prefix + "FUNDS_TOTAL", "年度资金总额", 1, block.total(), PerformanceScoring.BUDGET_POINTS));
        rows.add(fundsRow(prefix + "FUNDS_FISCAL", "其中：本年财政拨款", 2, block.fiscal(), null));
        rows.add(fundsRow(prefix + "FUNDS_CARRIED", "上年结转资金", 2, block.carried(), null));
        rows.add(fundsRow(prefix + "FUNDS_OTHER", "其他资金", 2, block.other(), null));
        BigDecimal total = budgetScore;
        BigDecimal weights = PerformanceScoring.BUDGET_POINTS;
        if (targets != null) {
            for (PerformanceIndicator indicator : targets.indicators()) {
                Evaluation.Result result = evaluation.resultOf(projectCode, indicator.code()).orElse(null);
                IndicatorScore score = score(indicator, result);
                total = total.add(score.points());
                weights = weights.add(indicator.weightPoints());
                Map<String, TableCell> cells = new LinkedHashMap<>();
                cells.put("level1", new TableCell.Text(indicator.level1().label()));
                cells.put("level2", new TableCell.Text(indicator.level2().label()));
                cells.put("nature", new TableCell.Text(indicator.comparator().label()));
                cells.put("target", new TableCell.Text(targetText(indicator)));
                cells.put("unit", new TableCell.Text(indicator.unit()));
                cells.put("weight", new TableCell.Points(indicator.weightPoints()));
                cells.put("actual", new TableCell.Text(actualText(indicator, result)));
                cells.put("score", new TableCell.Points(score.points()));
                cells.put("rule", new TableCell.Text(score.rule()));
                cells.put("deviationReason", new TableCell.Text(result == null ? null : result.deviationReason()));
                rows.add(new TableRow(prefix + "IND:" + indicator.code(), indicator.name(), 2, cells));
            }
        }
        Map<String, TableCell> cells = new LinkedHashMap<>();
        cells.put("weight", new TableCell.Points(weights));
        cells.put("score", new TableCell.Points(PerformanceScoring.round(total)));
        cells.put("grade", new TableCell.Text(PerformanceScoring.grade(PerformanceScoring.round(total))));
        rows.add(new TableRow(prefix + "TOTAL", "总分", 1, cells));
    }

    private static TableRow fundsRow(String code, String name, int level, Funds funds, BigDecimal weight) {
        Map<String, TableCell> cells = new LinkedHashMap<>();
        cells.put("initial", new TableCell.Amount(funds.initialFen()));
        cells.put("budget", new TableCell.Amount(funds.budgetFen()));
        cells.put("spent", new TableCell.Amount(funds.spentFen()));
        cells.put("rate", new TableCell.Ratio(funds.spentFen(), funds.budgetFen()));
        if (weight != null) {
            cells.put("weight", new TableCell.Points(weight));
            cells.put("score", new TableCell.Points(PerformanceScoring.budgetScore(funds.spentFen(), funds.budgetFen())));
            cells.put("rule", new TableCell.Text("预算执行：分值 × min(全年执行数 / 全年预算数, 1)"));
        }
        return new TableRow(code, name, level, cells);
    }

    /** An indicator's score; without a result it scores nothing. */
    static IndicatorScore score(PerformanceIndicator indicator, Evaluation.Result result) {
        if (result == null) {
            return new IndicatorScore(PerformanceScoring.round(BigDecimal.ZERO), "未填报实际完成值，得0分", true);
        }
        if (indicator.comparator().quantitative()) {
            return PerformanceScoring.quantitative(indicator, new BigDecimal(result.actual()));
        }
        return PerformanceScoring.qualitative(indicator, result.grade(), new BigDecimal(result.scorePct()));
    }

    private static String targetText(PerformanceIndicator indicator) {
        return switch (indicator.comparator()) {
            case AT_LEAST -> "≥" + indicator.target();
            case AT_MOST -> "≤" + indicator.target();
            case EQUAL -> "=" + indicator.target();
            case QUALITATIVE -> "定性";
        };
    }

    private static String actualText(PerformanceIndicator indicator, Evaluation.Result result) {
        if (result == null) {
            return null;
        }
        if (indicator.comparator() != Comparator.QUALITATIVE) {
            return result.actual();
        }
        return result.grade().label() + "（" + new BigDecimal(result.scorePct()).stripTrailingZeros().toPlainString() + "%）";
    }

    /** Percent of a whole, exactly (for the narrative's shares). */
    static BigDecimal exactPercent(long partFen, long wholeFen) {
        return BigDecimal.valueOf(partFen).multiply(HUNDRED).divide(BigDecimal.valueOf(wholeFen), java.math.MathContext.DECIMAL128);
    }
}
