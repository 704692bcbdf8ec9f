package org.budgetledger.query.publication;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.budgetledger.query.narrative.Narrative;
import org.budgetledger.query.narrative.NarrativeParagraph;
import org.budgetledger.query.narrative.NarrativeSection;
import org.budgetledger.query.narrative.NarrativeSpan;

/**
 * Writes the 情况说明 into a Word document: each section's heading as a Word heading, a sub-heading
 * paragraph ({@code （一）…}) one level below, and the prose with its computed figures in bold and
 * its placeholders highlighted, so that whoever finishes the text sees at a glance what was
 * computed and what is still theirs to write.
 */
final class NarrativeDocxWriter {

    static final String PLACEHOLDER_HIGHLIGHT = "yellow";

    private NarrativeDocxWriter() {
    }

    /** Writes the sections, their headings at {@code level} and their sub-headings one below. */
    static void write(WordDocument document, Narrative narrative, int level) {
        for (NarrativeSection section : narrative.sections()) {
            document.heading(level, section.heading());
            for (NarrativeParagraph paragraph : section.paragraphs()) {
                if (NarrativeHeadings.isSubHeading(paragraph)) {
                    document.heading(level + 1, paragraph.text());
                } else {
                    write(document.bodyParagraph(), paragraph);
                }
            }
        }
    }

    /** A paragraph of marked runs: figures bold, placeholders highlighted (and bold, to show in print too). */
    static void write(XWPFParagraph printed, NarrativeParagraph paragraph) {
        for (NarrativeSpan span : paragraph.spans()) {
            XWPFRun run = printed.createRun();
            run.setText(span.text());
            switch (span.kind()) {
                case FIGURE -> run.setBold(true);
                case PLACEHOLDER -> {
                    run.setBold(true);
                    run.setTextHighlightColor(PLACEHOLDER_HIGHLIGHT);
                }
                case TEXT -> {
                }
            }
        }
    }
}
