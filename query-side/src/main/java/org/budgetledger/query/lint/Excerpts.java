package org.budgetledger.query.lint;

/** Excerpts short enough to read in a table row, long enough to find the place in the document. */
final class Excerpts {

    static final int MAX = 120;

    private Excerpts() {
    }

    static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replace('\t', ' ').replaceAll(" {2,}", " ").strip();
        return flat.length() <= MAX ? flat : flat.substring(0, MAX - 1) + "…";
    }

    /** The text around [start, end) of a paragraph: the clause it sits in and a little on each side. */
    static String around(String text, int start, int end) {
        int from = Math.max(0, start - 40);
        int to = Math.min(text.length(), end + 40);
        for (int i = start - 1; i >= from; i--) {
            if ("。；;".indexOf(text.charAt(i)) >= 0) {
                from = i + 1;
                break;
            }
        }
        for (int i = end; i < to; i++) {
            if ("。；;".indexOf(text.charAt(i)) >= 0) {
                to = i + 1;
                break;
            }
        }
        return text.substring(from, to);
    }
}
