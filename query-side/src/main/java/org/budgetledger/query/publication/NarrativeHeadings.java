package org.budgetledger.query.publication;

import java.util.regex.Pattern;
import org.budgetledger.query.narrative.NarrativeParagraph;
import org.budgetledger.query.narrative.NarrativeSpan;

/**
 * Which paragraphs of a narrative are sub-headings ({@code （一）…}): the model keeps them as
 * paragraphs of their own, and the Word document and the page both set them as headings.
 */
public final class NarrativeHeadings {

    /** A sub-heading of the seed's sections: {@code （一）一般公共预算财政拨款支出决算总体情况}, no sentence. */
    private static final Pattern SUB_HEADING = Pattern.compile("^（[一二三四五六七八九十]+）[^。]{1,60}$");

    private NarrativeHeadings() {
    }

    public static boolean isSubHeading(NarrativeParagraph paragraph) {
        return paragraph.spans().stream().allMatch(span -> span.kind() == NarrativeSpan.Kind.TEXT)
                && SUB_HEADING.matcher(paragraph.text()).matches();
    }
}
