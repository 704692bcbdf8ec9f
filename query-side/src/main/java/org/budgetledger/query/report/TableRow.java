package org.budgetledger.query.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A row of a {@link Table}: exact cells by column key, in column order. */
record TableRow(String code, String name, int level, Map<String, TableCell> cells) {

    TableRow {
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    /** A row whose columns are all amounts, given in column order. */
    static TableRow amounts(String code, String name, int level, Iterable<ReportColumn> columns, long... fen) {
        Map<String, TableCell> cells = new LinkedHashMap<>();
        int i = 0;
        for (ReportColumn column : columns) {
            cells.put(column.key(), new TableCell.Amount(fen[i++]));
        }
        if (i != fen.length) {
            throw new IllegalArgumentException(fen.length + " amounts for " + i + " columns in row " + code);
        }
        return new TableRow(code, name, level, cells);
    }

    /** The exact amount of an amount column. */
    long fen(String columnKey) {
        if (!(cells.get(columnKey) instanceof TableCell.Amount amount)) {
            throw new IllegalArgumentException("Column " + columnKey + " of row " + code + " is not an amount");
        }
        return amount.fen();
    }

    ReportRow toReportRow() {
        Map<String, String> texts = new LinkedHashMap<>();
        cells.forEach((key, cell) -> texts.put(key, cell.text()));
        return new ReportRow(code, name, level, texts);
    }
}
