package org.budgetledger.query.narrative;

import java.util.List;

/**
 * 第三部分 情况说明 of a unit's 部门决算, generated from its books: sections 一–十四, each made of
 * paragraphs whose figures are computed and whose reasons are left as marked placeholders.
 *
 * @param ledgerId the ledger, {@code "<unitCode>/<year>"}
 * @param unitName the unit's name, as the ledger was opened with
 * @param fiscalYear the year the narrative reports on
 * @param sections 一 to 十四, in order
 */
public record Narrative(String ledgerId, String unitName, int fiscalYear, List<NarrativeSection> sections) {

    public Narrative {
        sections = List.copyOf(sections);
    }

    /** The whole narrative as plain text: each section's heading, then its paragraphs, one per line. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (NarrativeSection section : sections) {
            text.append(section.heading()).append('\n');
            for (NarrativeParagraph paragraph : section.paragraphs()) {
                text.append(paragraph.text()).append('\n');
            }
            text.append('\n');
        }
        return text.toString();
    }
}
