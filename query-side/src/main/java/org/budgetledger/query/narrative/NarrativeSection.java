package org.budgetledger.query.narrative;

import java.util.List;

/**
 * One numbered section of the narrative.
 *
 * @param number the Chinese ordinal, {@code "一"} to {@code "十四"}
 * @param title the title after the ordinal, such as {@code "收入支出决算总体情况说明"}
 * @param paragraphs the section's paragraphs (a sub-heading such as {@code "（一）…"} is a paragraph of its own)
 */
public record NarrativeSection(String number, String title, List<NarrativeParagraph> paragraphs) {

    public NarrativeSection {
        paragraphs = List.copyOf(paragraphs);
    }

    /** {@code "一、收入支出决算总体情况说明"}. */
    public String heading() {
        return number + "、" + title;
    }
}
