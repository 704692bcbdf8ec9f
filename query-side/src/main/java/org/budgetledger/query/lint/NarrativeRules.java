package org.budgetledger.query.lint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.query.lint.NarrativeFigures.Amount;
import org.budgetledger.query.lint.NarrativeFigures.Share;

/**
 * The narrative's own arithmetic, sentence by sentence: a total and its 其中 items, the shares of one
 * whole, percentages recomputed from the figures they are stated of, changes against the previous
 * year, 年初 + 追加 − 压减 = 全年预算, and 大于/小于 wording. Every figure it reads is remembered
 * ({@link #subjects()}) for the checks against the tables and the ledger.
 */
final class NarrativeRules {

    private static final Pattern LIST_MARK = Pattern.compile("其中|主要用于以下方面|主要用于");
    private static final Pattern EXECUTION = Pattern.compile("完成(年初)?(?:公共专项)?预算(?:数)?的\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]");
    private static final Pattern COMPARISON = Pattern.compile("决算数?(大于|小于|等于|高于|低于)(年初)?预算数?");
    private static final Pattern CHANGE = Pattern.compile(
            "(增加|减少|增长|下降|上升|减)\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*万\\s*元\\s*[，,、]?\\s*(增加|减少|增长|下降|上升)\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]");
    private static final Pattern STATED_PRIOR = Pattern.compile("(较|比)上年(?:决算数|同期)?\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*万\\s*元\\s*$");
    private static final Pattern YEAR_CLAUSE = Pattern.compile("[，,；;]\\s*\\d{4}\\s*年");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A figure of the narrative, where it is, and whether it is an item of a breakdown. */
    record Stated(Amount amount, Paragraph paragraph) {

        int line() {
            return paragraph.lineAt(amount.start());
        }

        String excerpt() {
            return Excerpts.around(paragraph.text(), amount.start(), amount.end());
        }
    }

    private final Findings findings;
    private final List<Stated> subjects = new ArrayList<>();
    private int figures;

    NarrativeRules(Findings findings) {
        this.findings = findings;
    }

    List<Stated> subjects() {
        return subjects;
    }

    int figures() {
        return figures;
    }

    void check(Paragraph paragraph) {
        String text = paragraph.text();
        List<Amount> amounts = NarrativeFigures.amounts(text);
        List<Share> shares = NarrativeFigures.shares(text);
        figures += amounts.size() + shares.size();
        Set<Amount> parts = new HashSet<>();
        Set<Amount> changes = new HashSet<>();
        List<Amount> totals = new ArrayList<>();
        int sentenceStart = 0;
        for (int end : sentenceEnds(text)) {
            List<Amount> inSentence = within(amounts, sentenceStart, end);
            int from = sentenceStart;
            List<Share> sharesInSentence = shares.stream().filter(s -> s.start() >= from && s.start() < end).toList();
            breakdown(paragraph, sentenceStart, end, inSentence, sharesInSentence, parts, totals);
            execution(paragraph, sentenceStart, end, inSentence);
            budgetArithmetic(paragraph, inSentence);
            sharesOf(paragraph, inSentence, sharesInSentence, parts, totals);
            sentenceStart = end;
        }
        changes(paragraph, amounts, parts, changes);
        amounts.forEach(a -> subjects.add(new Stated(a, paragraph)));
    }

    /** A total, 其中 its items: the items add up to the total; their shares (if all have one) to 100 %. */
    private void breakdown(Paragraph paragraph, int start, int end, List<Amount> amounts, List<Share> shares, Set<Amount> parts,
            List<Amount> totals) {
        String text = paragraph.text();
        int at = -1;
        Matcher mark = LIST_MARK.matcher(text).region(start, end);
        while (mark.find()) {
            // 其中 in brackets qualifies one figure; it opens no breakdown.
            if (!NarrativeFigures.bracketed(text, mark.start())) {
                at = mark.start();
                break;
            }
        }
        if (at < 0) {
            return;
        }
        int markAt = at;
        Amount total = amounts.stream().filter(a -> a.end() <= markAt && !a.bracketed()).reduce((a, b) -> b).orElse(null);
        if (total == null) {
            return;
        }
        List<Amount> items = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        int previousEnd = at;
        for (Amount amount : amounts) {
            if (amount.start() < at || amount.bracketed()) {
                continue;
            }
            String between = text.substring(previousEnd, amount.start());
            if ((LIST_MARK.matcher(between).find() && !items.isEmpty()) || YEAR_CLAUSE.matcher(between).find()
                    || amount.subject().matches(".*(上年|增加|减少|下降|增长).*")) {
                break;
            }
            items.add(amount);
            sum = sum.add(amount.value());
            previousEnd = amount.end();
            if (sum.subtract(total.value()).abs().compareTo(Figure.CENT) <= 0 && items.size() >= 2) {
                break;
            }
        }
        if (items.isEmpty()) {
            return;
        }
        parts.addAll(items);
        totals.add(total);
        int line = paragraph.lineAt(total.start());
        String excerpt = text.substring(total.start(), Math.min(end, items.get(items.size() - 1).end() + 12));
        BigDecimal gap = total.value().subtract(sum);
        String named = describe(items);
        if (items.size() == 1) {
            if (gap.signum() < 0 && gap.abs().compareTo(Figure.CENT) > 0) {
                findings.add(LintRule.NARRATIVE_PARTS_SUM, Severity.ERROR, total.subject() + " " + Figure.format(total.value())
                        + " 万元，其中" + named + "，大于总数", Figure.format(total.value()), Figure.format(sum), line, excerpt);
            }
            return;
        }
        boolean complete = gap.abs().compareTo(total.value().abs().multiply(new BigDecimal("0.02"))) <= 0;
        Severity severity;
        String message = total.subject() + " " + Figure.format(total.value()) + " 万元，其中各项（" + named + "）合计 "
                + Figure.format(sum) + " 万元";
        if (gap.signum() == 0) {
            severity = null;
        } else if (gap.abs().compareTo(Figure.CENT) <= 0) {
            severity = Severity.INFO;
            message += "，相差 0.01 万元，属尾数误差";
        } else if (gap.signum() < 0 || complete) {
            severity = Severity.ERROR;
            message += "，与总数相差 " + Figure.format(gap.abs()) + " 万元";
        } else {
            severity = Severity.WARNING;
            message += "，只占总数的 " + Percent.format(sum.multiply(HUNDRED).divide(total.value(), 8,
                    java.math.RoundingMode.HALF_UP), 2) + "，其余 " + Figure.format(gap) + " 万元未说明";
        }
        findings.add(LintRule.NARRATIVE_PARTS_SUM, severity, message, Figure.format(total.value()), Figure.format(sum), line,
                excerpt);
        sharesSum(paragraph, items, shares, complete, line, excerpt);
    }

    private void sharesSum(Paragraph paragraph, List<Amount> items, List<Share> shares, boolean complete, int line,
            String excerpt) {
        List<Share> itemShares = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            int from = items.get(i).end();
            int to = i + 1 < items.size() ? items.get(i + 1).start() : paragraph.text().length();
            shares.stream().filter(s -> s.start() >= from && s.start() < to).findFirst().ifPresent(itemShares::add);
        }
        if (itemShares.size() != items.size()) {
            return;
        }
        BigDecimal sum = itemShares.stream().map(Share::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tolerance = itemShares.stream().map(s -> BigDecimal.ONE.movePointLeft(s.value().scale())
                .divide(BigDecimal.valueOf(2))).reduce(BigDecimal.ZERO, BigDecimal::add);
        Severity severity = Percent.compare(sum.setScale(Math.max(sum.scale(), 2)), HUNDRED.subtract(tolerance),
                HUNDRED.add(tolerance));
        if (severity == null || (!complete && sum.compareTo(HUNDRED) < 0)) {
            return;
        }
        String listed = String.join(" + ", itemShares.stream().map(s -> Percent.stated(s.value())).toList());
        findings.add(LintRule.NARRATIVE_SHARES_SUM, severity, "同一总数的各项占比 " + listed + " = " + Percent.stated(sum)
                + "，应为 100%", Percent.stated(sum), "100.00%", line, excerpt);
    }

    /** 占…的 X%: recomputed from the figure before it and the whole it names (or the total of its breakdown). */
    private void sharesOf(Paragraph paragraph, List<Amount> amounts, List<Share> shares, Set<Amount> parts, List<Amount> totals) {
        for (Share share : shares) {
            Amount part = amounts.stream().filter(a -> a.end() <= share.start() && !a.bracketed()).reduce((a, b) -> b).orElse(null);
            if (part == null) {
                continue;
            }
            Amount whole;
            String wholeName;
            if (share.whole() != null) {
                whole = resolve(share.whole(), paragraph, amounts, share.start());
                wholeName = share.whole();
            } else if (parts.contains(part)) {
                whole = totals.stream().filter(t -> t.end() <= part.start()).reduce((a, b) -> b).orElse(null);
                wholeName = whole == null ? null : whole.subject();
            } else {
                continue;
            }
            if (whole == null || whole == part) {
                continue;
            }
            Percent.Verdict verdict = Percent.judge(share.value(), part.figure(), whole.figure());
            if (verdict == null || verdict.severity() == null) {
                continue;
            }
            findings.add(LintRule.NARRATIVE_PERCENT, verdict.severity(), part.subject() + " " + Figure.format(part.value())
                    + " 万元占" + wholeName + "（" + Figure.format(whole.value()) + " 万元）应为 " + verdict.computed() + "，文中为 "
                    + Percent.stated(share.value()) + unitNote(verdict), Percent.stated(share.value()), verdict.computed(),
                    paragraph.lineAt(share.start()), Excerpts.around(paragraph.text(), part.start(), share.end()));
        }
    }

    /** The figure a share names as its whole: the latest earlier figure of that subject in the document. */
    private Amount resolve(String whole, Paragraph paragraph, List<Amount> here, int before) {
        String key = NarrativeFigures.key(whole);
        for (int i = here.size() - 1; i >= 0; i--) {
            Amount amount = here.get(i);
            if (amount.end() <= before && !amount.bracketed() && NarrativeFigures.sameWhole(NarrativeFigures.key(amount.subject()), key)) {
                return amount;
            }
        }
        for (int i = subjects.size() - 1; i >= 0; i--) {
            Amount amount = subjects.get(i).amount();
            if (!amount.bracketed() && NarrativeFigures.sameWhole(NarrativeFigures.key(amount.subject()), key)) {
                return amount;
            }
        }
        return null;
    }

    /** 完成(年初)预算的 X% and 决算数大于/小于(年初)预算数, against the sentence's own two figures. */
    private void execution(Paragraph paragraph, int start, int end, List<Amount> amounts) {
        String text = paragraph.text();
        Matcher execution = EXECUTION.matcher(text).region(start, end);
        while (execution.find()) {
            boolean initial = execution.group(1) != null;
            Amount actual = actual(amounts, execution.start());
            Amount budget = budget(amounts, execution.start(), initial);
            if (actual == null || budget == null) {
                continue;
            }
            BigDecimal stated = new BigDecimal(execution.group(2));
            Percent.Verdict verdict = Percent.judge(stated, actual.figure(), budget.figure());
            if (verdict == null || verdict.severity() == null) {
                continue;
            }
            findings.add(LintRule.NARRATIVE_PERCENT, verdict.severity(), "“" + execution.group() + "”与所述数字不符：" + actual.subject()
                    + " " + Figure.format(actual.value()) + " 万元 ÷ " + budget.subject() + " " + Figure.format(budget.value())
                    + " 万元 = " + verdict.computed() + unitNote(verdict), Percent.stated(stated), verdict.computed(),
                    paragraph.lineAt(execution.start()), Excerpts.around(text, actual.start(), execution.end()));
        }
        Matcher comparison = COMPARISON.matcher(text).region(start, end);
        while (comparison.find()) {
            Amount actual = actual(amounts, comparison.start());
            Amount budget = budget(amounts, comparison.start(), comparison.group(2) != null);
            if (actual == null || budget == null) {
                continue;
            }
            int sign = actual.value().compareTo(budget.value());
            String word = comparison.group(1);
            boolean holds = switch (word) {
                case "大于", "高于" -> sign > 0;
                case "小于", "低于" -> sign < 0;
                default -> sign == 0;
            };
            if (!holds) {
                String right = sign > 0 ? "大于" : sign < 0 ? "小于" : "等于";
                findings.add(LintRule.NARRATIVE_COMPARISON, Severity.ERROR, "文中称决算数" + word + "预算数，但" + actual.subject() + " "
                        + Figure.format(actual.value()) + " 万元" + right + budget.subject() + " " + Figure.format(budget.value())
                        + " 万元", word, right, paragraph.lineAt(comparison.start()),
                        Excerpts.around(text, actual.start(), comparison.end()));
            }
        }
    }

    private static Amount actual(List<Amount> amounts, int before) {
        return amounts.stream().filter(a -> a.end() <= before && !a.bracketed() && !a.budget() && !a.adjustment())
                .reduce((a, b) -> b).orElse(null);
    }

    private static Amount budget(List<Amount> amounts, int before, boolean initial) {
        List<Amount> budgets = amounts.stream().filter(a -> a.end() <= before && !a.bracketed() && a.budget()).toList();
        if (budgets.isEmpty()) {
            return null;
        }
        if (initial) {
            return budgets.stream().filter(Amount::initialBudget).reduce((a, b) -> b).orElse(budgets.get(budgets.size() - 1));
        }
        return budgets.stream().filter(Amount::fullYearBudget).reduce((a, b) -> b)
                .orElse(budgets.get(budgets.size() - 1));
    }

    /** 年初预算 + 年中追加 − 年中压减 = 全年预算, when the sentence gives the full-year budget and something to make it. */
    private void budgetArithmetic(Paragraph paragraph, List<Amount> amounts) {
        Amount full = amounts.stream().filter(a -> !a.bracketed() && a.fullYearBudget()).findFirst().orElse(null);
        if (full == null) {
            return;
        }
        Amount initial = amounts.stream().filter(a -> !a.bracketed() && a.initialBudget() && a.start() < full.start())
                .findFirst().orElse(null);
        List<Amount> increases = amounts.stream().filter(a -> a.start() < full.start()
                && (a.subject().contains("追加") || a.subject().contains("调增"))).toList();
        List<Amount> decreases = amounts.stream().filter(a -> a.start() < full.start()
                && (a.subject().contains("压减") || a.subject().contains("调减"))).toList();
        if (initial == null && increases.isEmpty() && decreases.isEmpty()) {
            return;
        }
        BigDecimal expected = initial == null ? BigDecimal.ZERO : initial.value();
        StringBuilder formula = new StringBuilder(initial == null ? "0" : Figure.format(initial.value()));
        for (Amount increase : increases) {
            expected = expected.add(increase.value());
            formula.append(" + ").append(Figure.format(increase.value()));
        }
        for (Amount decrease : decreases) {
            expected = expected.subtract(decrease.value());
            formula.append(" − ").append(Figure.format(decrease.value()));
        }
        Severity severity = Figure.difference(full.value(), expected);
        findings.add(LintRule.NARRATIVE_BUDGET_ARITHMETIC, severity, full.subject() + " " + Figure.format(full.value())
                + " 万元，年初预算、追加、压减得 " + formula + " = " + Figure.format(expected) + " 万元" + TableRules.rounding(severity),
                Figure.format(full.value()), Figure.format(expected), paragraph.lineAt(full.start()),
                Excerpts.around(paragraph.text(), amounts.get(0).start(), full.end()));
    }

    /** 增加/减少 X 万元，增长/下降 Y %: the words agree, Y is X over the prior figure, a stated prior agrees with X. */
    private void changes(Paragraph paragraph, List<Amount> amounts, Set<Amount> parts, Set<Amount> changes) {
        String text = paragraph.text();
        Matcher change = CHANGE.matcher(text);
        List<int[]> changeSpans = new ArrayList<>();
        while (change.find()) {
            changeSpans.add(new int[] {change.start(), change.end()});
        }
        change.reset();
        while (change.find()) {
            int at = change.start();
            boolean amountUp = !change.group(1).startsWith("减") && !change.group(1).equals("下降");
            boolean percentUp = !change.group(3).equals("减少") && !change.group(3).equals("下降");
            BigDecimal delta = Figure.parse(change.group(2));
            BigDecimal stated = new BigDecimal(change.group(4));
            int line = paragraph.lineAt(at);
            String excerpt = Excerpts.around(text, Math.max(0, at - 30), change.end());
            if (amountUp != percentUp) {
                findings.add(LintRule.NARRATIVE_CHANGE, Severity.ERROR, "“" + change.group() + "”：金额" + change.group(1) + "而比例"
                        + change.group(3) + "，方向相反", change.group(3), change.group(1), line, excerpt);
                continue;
            }
            int window = Math.max(0, at - 40);
            Matcher prior = STATED_PRIOR.matcher(text.substring(window, at));
            boolean priorStated = prior.find();
            int priorStart = priorStated ? window + prior.start() : at;
            Amount current = amounts.stream().filter(a -> a.end() <= priorStart && !a.bracketed() && !parts.contains(a)
                    && changeSpans.stream().noneMatch(span -> a.start() >= span[0] && a.start() < span[1]))
                    .reduce((a, b) -> b).orElse(null);
            Figure change1 = Figure.amount(delta);
            Figure before;
            String beforeName;
            if (priorStated) {
                BigDecimal priorValue = Figure.parse(prior.group(2));
                before = Figure.amount(priorValue);
                beforeName = "上年 " + Figure.format(priorValue) + " 万元";
                if (current != null) {
                    BigDecimal actualChange = current.value().subtract(priorValue);
                    Severity severity = Figure.difference(actualChange.abs(), delta);
                    if (actualChange.signum() != 0 && (actualChange.signum() > 0) != amountUp) {
                        severity = Severity.ERROR;
                    }
                    findings.add(LintRule.NARRATIVE_CHANGE, severity, current.subject() + " " + Figure.format(current.value())
                            + " 万元较上年 " + Figure.format(priorValue) + " 万元" + (actualChange.signum() >= 0 ? "增加 " : "减少 ")
                            + Figure.format(actualChange.abs()) + " 万元，文中为" + change.group(1) + " " + Figure.format(delta)
                            + " 万元" + TableRules.rounding(severity), Figure.format(delta), Figure.format(actualChange.abs()),
                            line, excerpt);
                }
            } else if (current != null) {
                before = amountUp ? current.figure().minus(change1) : current.figure().plus(change1);
                beforeName = (text.substring(Math.max(0, at - 12), at).contains("预算") ? "预算数 " : "上年数 ")
                        + Figure.format(before.value()) + " 万元（" + Figure.format(current.value()) + (amountUp ? " − " : " + ")
                        + Figure.format(delta) + "）";
            } else {
                continue;
            }
            Percent.Verdict verdict = Percent.judge(stated, change1, before);
            if (verdict == null || verdict.severity() == null) {
                continue;
            }
            findings.add(LintRule.NARRATIVE_CHANGE, verdict.severity(), "“" + change.group() + "”：" + Figure.format(delta)
                    + " 万元 ÷ " + beforeName + " = " + verdict.computed() + unitNote(verdict), Percent.stated(stated),
                    verdict.computed(), line, excerpt);
        }
    }

    private static String unitNote(Percent.Verdict verdict) {
        return verdict.severity() == Severity.INFO ? "（末位相差 1，属舍入或为使各项合计 100% 所作的尾数调整）" : "";
    }

    private static String describe(List<Amount> items) {
        return String.join("、", items.stream().map(a -> a.subject() + " " + Figure.format(a.value())).toList());
    }

    private static List<Amount> within(List<Amount> amounts, int start, int end) {
        return amounts.stream().filter(a -> a.start() >= start && a.start() < end).toList();
    }

    /** Offsets just after each 。 and the paragraph's end. */
    private static List<Integer> sentenceEnds(String text) {
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '。') {
                ends.add(i + 1);
            }
        }
        if (ends.isEmpty() || ends.get(ends.size() - 1) < text.length()) {
            ends.add(text.length());
        }
        return ends;
    }
}
