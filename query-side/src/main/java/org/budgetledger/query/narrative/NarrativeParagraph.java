package org.budgetledger.query.narrative;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A paragraph as a sequence of spans, so that a renderer can set the computed figures and the
 * placeholders apart from the template text (bold, highlighted) while {@link #text()} stays the
 * plain sentence a reader sees.
 */
public record NarrativeParagraph(List<NarrativeSpan> spans) {

    public NarrativeParagraph {
        spans = List.copyOf(spans);
    }

    public String text() {
        return spans.stream().map(NarrativeSpan::text).collect(Collectors.joining());
    }

    /** Whether some of the paragraph is still for a person to write. */
    public boolean hasPlaceholder() {
        return spans.stream().anyMatch(span -> span.kind() == NarrativeSpan.Kind.PLACEHOLDER);
    }
}
