package org.budgetledger.query.lint;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a printed table as read: its code (a function or economic code, or a summary code of
 * the ledger's reports such as {@code INCOME_TOTAL}), its printed name, its figures by column key
 * (a blank cell is absent), where it is printed and whether its figures had to be put back in
 * their columns ({@link ColumnAligner}).
 */
record PublishedRow(String code, String name, Map<String, BigDecimal> cells, int line, String text, boolean realigned) {

    PublishedRow {
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    /** The figure of a column, 0 for a blank cell. */
    BigDecimal value(String column) {
        BigDecimal value = cells.get(column);
        return value == null ? BigDecimal.ZERO : value;
    }

    boolean blank(String column) {
        return !cells.containsKey(column);
    }

    boolean empty() {
        return cells.values().stream().allMatch(value -> value.signum() == 0);
    }

    /** 类, 款 or 项 of a function code by its length; 0 for summary rows. */
    int level() {
        return switch (code.length()) {
            case 3 -> 1;
            case 5 -> 2;
            case 7 -> 3;
            default -> 0;
        };
    }
}
