package org.budgetledger.query.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a report as CSV (RFC 4180): a header {@code code,name,<column labels>}, then one
 * record per row with the cells exactly as the JSON shows them (empty where a cell is null).
 * The text starts with a UTF-8 byte order mark because Excel otherwise opens a UTF-8 file in
 * the local code page and garbles the Chinese; records end with CRLF as the RFC asks.
 */
public final class ReportCsvWriter {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String RECORD_END = "\r\n";

    /** The whole CSV text, byte order mark included. */
    public String render(Report report) {
        StringBuilder csv = new StringBuilder().append(BYTE_ORDER_MARK);
        List<String> header = new ArrayList<>(List.of("code", "name"));
        report.columns().forEach(column -> header.add(column.label()));
        appendRecord(csv, header);
        for (ReportRow row : report.rows()) {
            List<String> fields = new ArrayList<>(List.of(row.code(), row.name()));
            report.columns().forEach(column -> fields.add(row.cells().get(column.key())));
            appendRecord(csv, fields);
        }
        return csv.toString();
    }

    /** Writes the CSV in UTF-8; the stream is flushed, not closed. */
    public void write(Report report, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(render(report));
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A download name such as {@code ZZJJ-2023-03-expenditure.csv}. */
    public String fileName(Report report) {
        return ReportFileNames.of(report, "csv");
    }

    private static void appendRecord(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(fields.get(i)));
        }
        csv.append(RECORD_END);
    }

    private static String quoted(String field) {
        if (field == null) {
            return "";
        }
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
