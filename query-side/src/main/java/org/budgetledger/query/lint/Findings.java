package org.budgetledger.query.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The findings of one lint run as the rules add them. The same rule at the same line with the same
 * message is kept once: several rules can reach one figure by different paths (a table identity seen
 * from the row and from the column), and a reviewer wants to read it once.
 */
final class Findings {

    private final List<Finding> all = new ArrayList<>();
    private final Set<String> seen = new LinkedHashSet<>();

    void add(LintRule rule, Severity severity, String message, String stated, String computed, int line, String excerpt) {
        if (severity == null) {
            return;
        }
        if (seen.add(rule.name() + "|" + line + "|" + message)) {
            all.add(new Finding(rule.name(), severity, message, stated, computed, Excerpts.shorten(excerpt), line));
        }
    }

    /** In document order; on one line, errors before warnings before notes. */
    List<Finding> sorted() {
        List<Finding> copy = new ArrayList<>(all);
        copy.sort(Comparator.comparingInt(Finding::line).thenComparing(Finding::severity));
        return copy;
    }
}
