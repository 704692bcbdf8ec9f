package org.budgetledger.standalone;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An independent reader of generated 情况说明 text: it knows nothing of the generator, only the
 * sentence forms a publication uses, and recomputes each share, change and comparison from the
 * figures the text and the published JSON tables state. Every finding that does not add up is a
 * difference.
 *
 * <ul>
 *   <li>{@code A万元，占比Z%} or {@code A万元，占Y的Z%}: Z is A's share of the whole, which is the
 *       amount following the named whole Y earlier in the text, or else the first amount of the
 *       sentence. Shares of one whole listed in one sentence whose parts add up to it must be the
 *       largest-remainder rounding (adding up to 100.00), any other share the plain rounding.</li>
 *   <li>{@code 预算为B万元，…支出决算为A万元，完成…预算的P%，决算数大于预算数}: P = A / B, the word by A
 *       against B, and (B, A) a (budget, spent) pair of some JSON table row.</li>
 *   <li>{@code 与上年相比增加C万元，增长D%} (or 减少/下降, 持平): the current figure is the amount
 *       before it (leaving out parenthesised amounts and other changes); the previous year implied
 *       by the word and C must be one of the stated previous-year figures, and D = C / previous.</li>
 *   <li>{@code 比年初预算数 / 比上年决算数 增加…}: the same against the given base.</li>
 * </ul>
 */
final class NarrativeReader {

    private static final String NUMBER = "([0-9]+(?:\\.[0-9]+)?)";
    private static final Pattern AMOUNT = Pattern.compile(NUMBER + "万元");
    private static final Pattern SHARE = Pattern.compile(NUMBER + "万元，占(?:比|([^，。；%0-9]*?)的)?" + NUMBER + "%");
    private static final Pattern BUDGET = Pattern.compile("预算(?:数)?为?" + NUMBER + "万元，[^，。]*?支出决算(?:数)?为" + NUMBER
            + "万元(?:（[^）]*）)?(?:，完成(?:年初)?预算的" + NUMBER + "%)?(?:，决算数(大于|小于|等于)(?:年初)?预算数)?");
    private static final Pattern CHANGE = Pattern.compile("(与上年相比|比年初预算数|比上年决算数)[，]?(?:[^，。；0-9【]*?)"
            + "(?:(增加|减少)" + NUMBER + "万元(?:，(增长|下降)" + NUMBER + "%)?|(持平))");
    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    final List<String> differences = new ArrayList<>();
    int shares;
    int budgetComparisons;
    int changes;

    private final Collection<BigDecimal> priorYear;
    private final List<BigDecimal[]> budgetPairs;
    private final BigDecimal operatingBudget;
    private final BigDecimal operatingPriorYear;

    /**
     * @param priorYear the previous year's figures the unit stated, in 万元
     * @param budgetPairs every (budget, spent) pair of the JSON tables
     * @param operatingBudget, operatingPriorYear the general-costs table's 机关运行经费 budget and previous year
     */
    NarrativeReader(Collection<BigDecimal> priorYear, List<BigDecimal[]> budgetPairs, BigDecimal operatingBudget,
            BigDecimal operatingPriorYear) {
        this.priorYear = priorYear;
        this.budgetPairs = budgetPairs;
        this.operatingBudget = operatingBudget;
        this.operatingPriorYear = operatingPriorYear;
    }

    void read(String text) {
        for (String paragraph : text.split("\n")) {
            readShares(text, paragraph);
            readBudgets(paragraph);
            readChanges(paragraph);
        }
    }

    private void readShares(String text, String paragraph) {
        for (String sentence : paragraph.split("(?<=。)")) {
            List<BigDecimal[]> listed = new ArrayList<>();
            Matcher share = SHARE.matcher(sentence);
            while (share.find()) {
                shares++;
                BigDecimal part = new BigDecimal(share.group(1));
                BigDecimal whole = share.group(2) == null || share.group(2).isEmpty() ? firstAmount(sentence)
                        : namedWhole(text, paragraph, sentence, share.start(), share.group(2));
                if (whole == null) {
                    differences.add("no whole for " + share.group() + " in " + sentence);
                    continue;
                }
                listed.add(new BigDecimal[] {part, whole, new BigDecimal(share.group(3))});
            }
            checkShares(listed, sentence);
        }
    }

    /** A list of shares of one whole that add up to it is apportioned; every other share is rounded on its own. */
    private void checkShares(List<BigDecimal[]> listed, String sentence) {
        List<List<BigDecimal[]>> groups = new ArrayList<>();
        for (BigDecimal[] share : listed) {
            if (groups.isEmpty() || groups.get(groups.size() - 1).get(0)[1].compareTo(share[1]) != 0) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(share);
        }
        for (List<BigDecimal[]> group : groups) {
            BigDecimal whole = group.get(0)[1];
            BigDecimal parts = group.stream().map(share -> share[0]).reduce(BigDecimal.ZERO, BigDecimal::add);
            List<BigDecimal> expected = group.size() > 1 && parts.compareTo(whole) == 0
                    ? largestRemainder(group.stream().map(share -> share[0]).toList(), whole)
                    : group.stream().map(share -> share[0].multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP)).toList();
            for (int i = 0; i < group.size(); i++) {
                if (expected.get(i).compareTo(group.get(i)[2]) != 0) {
                    differences.add("share " + group.get(i)[0] + " of " + whole + ": text " + group.get(i)[2] + "%, recomputed "
                            + expected.get(i) + "% in " + sentence);
                }
            }
        }
    }

    /** Shares in hundredths of a percent: floors first, then the hundredths missing to 100.00 to the largest remainders. */
    private static List<BigDecimal> largestRemainder(List<BigDecimal> parts, BigDecimal whole) {
        int n = parts.size();
        BigDecimal[] exact = new BigDecimal[n];
        BigDecimal[] rounded = new BigDecimal[n];
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            exact[i] = parts.get(i).multiply(HUNDRED).divide(whole, EXACT);
            rounded[i] = exact[i].setScale(2, RoundingMode.DOWN);
            sum = sum.add(rounded[i]);
        }
        int missing = HUNDRED.subtract(sum).movePointRight(2).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> exact[i].subtract(rounded[i])).reversed().thenComparing(i -> i));
        for (int k = 0; k < missing; k++) {
            int i = order.get(k);
            rounded[i] = rounded[i].add(new BigDecimal("0.01"));
        }
        return List.of(rounded);
    }

    private void readBudgets(String paragraph) {
        Matcher budget = BUDGET.matcher(paragraph);
        while (budget.find()) {
            budgetComparisons++;
            BigDecimal planned = new BigDecimal(budget.group(1));
            BigDecimal spent = new BigDecimal(budget.group(2));
            if (budgetPairs.stream().noneMatch(pair -> pair[0].compareTo(planned) == 0 && pair[1].compareTo(spent) == 0)) {
                differences.add("budget " + planned + " / spent " + spent + " is no row of the tables: " + budget.group());
            }
            if (budget.group(3) != null) {
                BigDecimal rate = planned.signum() == 0 ? null : spent.multiply(HUNDRED).divide(planned, 2, RoundingMode.HALF_UP);
                if (rate == null || rate.compareTo(new BigDecimal(budget.group(3))) != 0) {
                    differences.add("rate " + budget.group(3) + "% recomputed " + rate + "%: " + budget.group());
                }
            } else if (planned.signum() != 0) {
                differences.add("no rate although the budget is not zero: " + budget.group());
            }
            String word = spent.compareTo(planned) > 0 ? "大于" : spent.compareTo(planned) < 0 ? "小于" : "等于";
            if (budget.group(4) != null && !budget.group(4).equals(word)) {
                differences.add("comparison word " + budget.group(4) + ", figures say " + word + ": " + budget.group());
            }
        }
    }

    private void readChanges(String paragraph) {
        Matcher change = CHANGE.matcher(paragraph);
        while (change.find()) {
            changes++;
            BigDecimal current = amountBefore(paragraph, change.start());
            if (current == null) {
                differences.add("no current figure before " + change.group());
                continue;
            }
            List<BigDecimal> bases = switch (change.group(1)) {
                case "比年初预算数" -> operatingBudget == null ? List.of() : List.of(operatingBudget);
                case "比上年决算数" -> operatingPriorYear == null ? List.of() : List.of(operatingPriorYear);
                default -> List.copyOf(priorYear);
            };
            if (change.group(6) != null) {
                if (bases.stream().noneMatch(base -> base.compareTo(current) == 0)) {
                    differences.add("持平 but " + current + " is not a previous figure: " + change.group());
                }
                continue;
            }
            BigDecimal amount = new BigDecimal(change.group(3));
            BigDecimal base = change.group(2).equals("增加") ? current.subtract(amount) : current.add(amount);
            if (bases.stream().noneMatch(known -> known.compareTo(base) == 0)) {
                differences.add("the word " + change.group(2) + " and " + amount + " from " + current + " imply " + base
                        + ", which is no figure it compares with " + bases + ": " + change.group());
                continue;
            }
            String rateWord = change.group(2).equals("增加") ? "增长" : "下降";
            if (base.signum() == 0) {
                if (change.group(4) != null) {
                    differences.add("a rate against zero: " + change.group());
                }
                continue;
            }
            BigDecimal rate = amount.multiply(HUNDRED).divide(base, 2, RoundingMode.HALF_UP);
            if (change.group(4) == null || !change.group(4).equals(rateWord) || rate.compareTo(new BigDecimal(change.group(5))) != 0) {
                differences.add("change " + change.group() + ": recomputed " + rateWord + rate + "% against " + base);
            }
        }
    }

    /** The last amount before {@code end}, leaving out amounts in （…） and amounts of changes. */
    private static BigDecimal amountBefore(String paragraph, int end) {
        String before = paragraph.substring(0, end).replaceAll("（[^）]*）", "");
        Matcher amount = AMOUNT.matcher(before);
        BigDecimal last = null;
        while (amount.find()) {
            String lead = before.substring(Math.max(0, amount.start() - 2), amount.start());
            if (!lead.equals("增加") && !lead.equals("减少")) {
                last = new BigDecimal(amount.group(1));
            }
        }
        return last;
    }

    private static BigDecimal firstAmount(String sentence) {
        Matcher amount = AMOUNT.matcher(sentence);
        return amount.find() ? new BigDecimal(amount.group(1)) : null;
    }

    /** The amount written right after the last mention of {@code name} before the share. */
    private static BigDecimal namedWhole(String text, String paragraph, String sentence, int offsetInSentence, String name) {
        int at = text.indexOf(paragraph) + paragraph.indexOf(sentence) + offsetInSentence;
        Matcher whole = Pattern.compile(Pattern.quote(name) + "为?" + NUMBER + "万元").matcher(text.substring(0, at));
        BigDecimal last = null;
        while (whole.find()) {
            last = new BigDecimal(whole.group(1));
        }
        return last;
    }
}
