package org.budgetledger.query.narrative;

/**
 * A run of a paragraph's text.
 *
 * @param kind what the run is
 * @param text the run as printed; a placeholder prints as {@code 【待填写：…】}, which the lint
 *     reports as template text left in, so that an unfinished narrative cannot pass as published
 */
public record NarrativeSpan(Kind kind, String text) {

    public enum Kind {
        /** Fixed wording of the template. */
        TEXT,
        /** A figure, share, change or comparison word computed from the books. */
        FIGURE,
        /** What only a person can write: a reason, the unit's duties. */
        PLACEHOLDER
    }

    public static NarrativeSpan text(String text) {
        return new NarrativeSpan(Kind.TEXT, text);
    }

    public static NarrativeSpan figure(String text) {
        return new NarrativeSpan(Kind.FIGURE, text);
    }

    /** A marked placeholder asking for {@code what}, such as {@code 主要原因}. */
    public static NarrativeSpan placeholder(String what) {
        return new NarrativeSpan(Kind.PLACEHOLDER, "【待填写：" + what + "】");
    }
}
