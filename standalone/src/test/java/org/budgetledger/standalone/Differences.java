package org.budgetledger.standalone;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects every differing cell of a comparison with published figures, so that one run shows
 * all of them instead of stopping at the first.
 */
final class Differences {

    private final List<String> found = new ArrayList<>();
    private int compared;

    void compare(String table, String row, String column, String expected, String actual) {
        compared++;
        if (!Objects.equals(expected, actual)) {
            found.add(String.format("  table %s, row %s, column %s: expected %s, actual %s", table, row, column,
                    expected == null ? "(absent)" : expected, actual == null ? "(absent)" : actual));
        }
    }

    /** A difference that is not a cell: a missing or unexpected row. */
    void note(String table, String row, String problem) {
        compared++;
        found.add(String.format("  table %s, row %s: %s", table, row, problem));
    }

    int compared() {
        return compared;
    }

    void assertNone(String what) {
        if (!found.isEmpty()) {
            throw new AssertionError(found.size() + " of " + compared + " " + what + " differ:\n"
                    + String.join("\n", found));
        }
    }
}
