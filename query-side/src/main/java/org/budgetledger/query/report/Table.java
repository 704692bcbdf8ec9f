package org.budgetledger.query.report;

import java.util.List;

/**
 * A table in exact figures, before rounding: what every table family builds and what
 * {@link ConsistencyCheck} compares. A {@link Report} is its rounded rendering.
 */
record Table(List<ReportColumn> columns, List<TableRow> rows) {

    Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    TableRow row(String code) {
        return rows.stream().filter(row -> row.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No row " + code));
    }

    /** The exact amount of one cell. */
    long fen(String rowCode, String columnKey) {
        return row(rowCode).fen(columnKey);
    }
}
