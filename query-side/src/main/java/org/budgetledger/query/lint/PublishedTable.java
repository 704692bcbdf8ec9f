package org.budgetledger.query.lint;

import java.util.List;
import java.util.Optional;

/**
 * A printed table as read: which one it is, its title line, its rows in printed order and the
 * lines it spans (title to the next title or part heading), where a statement such as 本表为空表
 * would stand.
 */
record PublishedTable(TableKind kind, int titleLine, int lastLine, List<PublishedRow> rows, boolean statesEmpty) {

    PublishedTable {
        rows = List.copyOf(rows);
    }

    Optional<PublishedRow> row(String code) {
        return rows.stream().filter(row -> row.code().equals(code)).findFirst();
    }

    boolean empty() {
        return rows.stream().allMatch(PublishedRow::empty);
    }
}
