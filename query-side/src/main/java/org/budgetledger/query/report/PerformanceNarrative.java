package org.budgetledger.query.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.budgetledger.line.Nature;
import org.budgetledger.money.Money;
import org.budgetledger.performance.PerformanceScoring;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.position.LinePosition;

/**
 * The budget part of a unit's 整体支出绩效自评 as a published self-evaluation writes it, every
 * figure computed from the ledger: the initial budget by 类 with each 类's share, the 决算 by 类 with
 * its share, basic and project spending, the execution rate and the sources of money. Shares and
 * amounts of one whole are apportioned (largest remainder) so that they add up to it exactly, as
 * the text says.
 */
final class PerformanceNarrative {

    private final Names names;

    PerformanceNarrative(Names names) {
        this.names = names;
    }

    String unit(LedgerPosition position) {
        List<LinePosition> lines = position.lines();
        int year = position.fiscalYear();
        StringBuilder text = new StringBuilder();
        text.append(position.unitName()).append(year).append("年度整体支出绩效自评：预算执行情况\n");
        text.append("（本文数字均由账簿生成，金额单位：万元；各项金额与占比按最大余额法保留两位小数，分项之和等于合计。）\n\n");

        text.append("一、预算安排\n");
        long initial = sum(lines, LinePosition::initialFen);
        text.append("（一）").append(year).append("年年初预算总计").append(wan(initial)).append("万元");
        text.append(byClass(lines, LinePosition::initialFen, initial, "年初预算总额")).append("\n");
        long increases = sum(lines, LinePosition::increasesFen);
        long decreases = sum(lines, LinePosition::decreasesFen);
        long transfersIn = sum(lines, LinePosition::transfersInFen);
        long budget = sum(lines, LinePosition::budgetFen);
        text.append("（二）全年预算").append(wan(budget)).append("万元：年初预算").append(wan(initial)).append("万元，年中追加")
                .append(wan(increases)).append("万元，年中压减").append(wan(decreases)).append("万元，调剂调入调出各")
                .append(wan(transfersIn)).append("万元（调剂不改变预算总额）。\n\n");

        text.append("二、支出决算\n");
        long spent = sum(lines, LinePosition::spentFen);
        text.append("（一）").append(year).append("年支出决算总计").append(wan(spent)).append("万元");
        text.append(byClass(lines, LinePosition::spentFen, spent, "支出决算总额")).append("\n");
        long basic = lines.stream().filter(line -> line.line().nature() == Nature.BASIC).mapToLong(LinePosition::spentFen).sum();
        long project = spent - basic;
        text.append("（二）按支出性质：").append(parts(List.of("基本支出", "项目支出"), List.of(basic, project), spent, "支出决算总额"))
                .append("\n\n");

        text.append("三、预算执行\n");
        PerformanceTables.BudgetBlock block = PerformanceTables.budgetBlock(lines, line -> true);
        PerformanceTables.Funds total = block.total();
        text.append("全年预算数（含上年结转和其他资金）").append(wan(total.budgetFen())).append("万元，全年执行数")
                .append(wan(total.spentFen())).append("万元，预算执行率").append(rate(total.spentFen(), total.budgetFen()))
                .append("，预算执行得分").append(PerformanceScoring.budgetScore(total.spentFen(), total.budgetFen()).toPlainString())
                .append("分（满分10分）。");
        text.append("其中：本年财政拨款全年预算").append(wan(block.fiscal().budgetFen())).append("万元，执行")
                .append(wan(block.fiscal().spentFen())).append("万元，执行率").append(rate(block.fiscal().spentFen(), block.fiscal().budgetFen()))
                .append("；上年结转资金").append(wan(block.carried().budgetFen())).append("万元，执行")
                .append(wan(block.carried().spentFen())).append("万元；其他资金").append(wan(block.other().budgetFen()))
                .append("万元，执行").append(wan(block.other().spentFen())).append("万元。");
        text.append("年初预算完成率（执行数占年初预算的比例）").append(rate(spent, initial)).append("。\n");
        return text.toString();
    }

    /** "，其中：公共安全支出…万元，占…的…%；…。" over the 类 of the lines, or "。" when the whole is zero. */
    private String byClass(List<LinePosition> lines, ToLongFunction<LinePosition> figure, long whole, String wholeName) {
        Map<String, Long> classes = new TreeMap<>();
        for (LinePosition line : lines) {
            long fen = figure.applyAsLong(line);
            if (fen != 0) {
                classes.merge(line.line().functionCode().substring(0, 3), fen, Long::sum);
            }
        }
        if (whole == 0 || classes.isEmpty()) {
            return "。";
        }
        List<String> labels = new ArrayList<>();
        classes.keySet().forEach(code -> labels.add(names.function(code) + "（" + code + "）"));
        return "，其中：" + parts(labels, List.copyOf(classes.values()), whole, wholeName);
    }

    /** Each part with its amount and its share of the whole, apportioned so that both add up; ends with the check. */
    private static String parts(List<String> labels, List<Long> fen, long whole, String wholeName) {
        if (whole == 0) {
            return "无。";
        }
        List<BigDecimal> exactAmounts = new ArrayList<>();
        List<BigDecimal> exactShares = new ArrayList<>();
        for (long part : fen) {
            exactAmounts.add(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(Money.FEN_PER_WAN_YUAN)));
            exactShares.add(PerformanceTables.exactPercent(part, whole));
        }
        List<BigDecimal> amounts = Apportion.toTotal(exactAmounts, Money.wanYuan(whole));
        List<BigDecimal> shares = Apportion.toTotal(exactShares, BigDecimal.valueOf(100));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            text.append(i == 0 ? "" : "；").append(labels.get(i)).append(amounts.get(i).toPlainString()).append("万元，占")
                    .append(wholeName).append("的").append(shares.get(i).toPlainString()).append("%");
        }
        BigDecimal shareSum = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal amountSum = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return text.append("。以上合计").append(amountSum.toPlainString()).append("万元，占比合计").append(shareSum.toPlainString())
                .append("%。").toString();
    }

    private static long sum(List<LinePosition> lines, ToLongFunction<LinePosition> figure) {
        return lines.stream().mapToLong(figure).sum();
    }

    private static String wan(long fen) {
        return Money.formatWanYuan(fen);
    }

    private static String rate(long part, long whole) {
        String percent = Money.percent(part, whole);
        return percent == null ? "—（无预算）" : percent + "%";
    }
}
