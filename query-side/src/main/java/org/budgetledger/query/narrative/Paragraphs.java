package org.budgetledger.query.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one paragraph span by span: template text, computed figures (amounts, shares, changes
 * and comparison words) and placeholders, so that every sentence of the narrative is a template
 * filled from figures, and a renderer can tell which is which.
 */
final class Paragraphs {

    private final List<NarrativeSpan> spans = new ArrayList<>();

    static Paragraphs of(String text) {
        return new Paragraphs().text(text);
    }

    Paragraphs text(String text) {
        if (!text.isEmpty()) {
            spans.add(NarrativeSpan.text(text));
        }
        return this;
    }

    Paragraphs figure(String figure) {
        spans.add(NarrativeSpan.figure(figure));
        return this;
    }

    Paragraphs placeholder(String what) {
        spans.add(NarrativeSpan.placeholder(what));
        return this;
    }

    /** An amount in 万元: the figure, then the unit as text. */
    Paragraphs wan(BigDecimal amount) {
        return figure(Figures.plain(amount)).text("万元");
    }

    /** A percentage: the figure, then the sign as text. */
    Paragraphs percent(BigDecimal percent) {
        return figure(Figures.plain(percent)).text("%");
    }

    /** A count and its measure word ({@code 5辆}). */
    Paragraphs count(long count, String measureWord) {
        return figure(Long.toString(count)).text(measureWord);
    }

    /**
     * The change against the previous year, after {@code 与上年相比}: {@code 增加A万元，增长B%} or
     * {@code 减少A万元，下降B%} by the sign, {@code 持平} when equal, only the amount when the previous
     * year was zero (no rate of growth exists); a placeholder saying the figure is missing when the
     * previous year is unknown. Answers whether a change was written (a reason is then asked for).
     */
    boolean change(BigDecimal current, BigDecimal prior, String priorWhat) {
        if (prior == null) {
            placeholder("上年" + priorWhat + "缺失（账簿中没有上年账套，也未录入上年数说明），请填写与上年相比的增减情况");
            return false;
        }
        return difference(current, prior, "增长", "下降");
    }

    /**
     * The difference of {@code current} from {@code base}: {@code 增加A万元，<up>B%}, {@code 减少A万元，<down>B%}
     * or {@code 持平}; answers false when equal.
     */
    boolean difference(BigDecimal current, BigDecimal base, String up, String down) {
        int sign = current.compareTo(base);
        if (sign == 0) {
            figure("持平");
            return false;
        }
        BigDecimal difference = current.subtract(base).abs();
        figure(sign > 0 ? "增加" : "减少").wan(difference);
        BigDecimal rate = Figures.percentOf(difference, base);
        if (rate != null) {
            text("，").figure(sign > 0 ? up : down).percent(rate);
        }
        return true;
    }

    /** {@code 大于}, {@code 小于} or {@code 等于}, chosen by the figures. */
    Paragraphs comparison(BigDecimal spent, BigDecimal budget) {
        return figure(Figures.comparisonWord(spent, budget));
    }

    boolean isEmpty() {
        return spans.isEmpty();
    }

    NarrativeParagraph build() {
        return new NarrativeParagraph(spans);
    }
}
