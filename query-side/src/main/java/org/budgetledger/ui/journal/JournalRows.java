package org.budgetledger.ui.journal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an uploaded journal as rows: CSV (UTF-8, or GB18030 as Excel saves it in China) or an
 * Excel workbook in the documented column layout, or NDJSON as it is. A row that cannot be read
 * is kept as a row with its problem, so that it becomes a rejected line, not a failed file.
 */
final class JournalRows {

    /** The documented columns, in the template's order. */
    static final List<String> COLUMNS = List.of("command", "requestId", "effectiveDate", "fund", "functionCode", "nature",
            "projectCode", "projectName", "economicCode", "amount", "direction", "revenueType", "category", "documentNo",
            "voucherNo", "reason", "payee", "description", "disposition", "toFunctionCode", "toNature", "toProjectCode",
            "toProjectName", "toFund", "procurementMethod", "supplierSize", "paymentRequestId", "kind", "figures");

    /** One input row: its line (row) number in the file and its cells by column, or why it cannot be read. */
    record InputRow(int lineNo, Map<String, String> cells, String ndjson, String problem) {
    }

    /** A file that cannot be read at all (no header with a command column, not a workbook). */
    static final class UnreadableFile extends Exception {
        UnreadableFile(String message) {
            super(message);
        }
    }

    private JournalRows() {
    }

    static List<InputRow> read(String fileName, byte[] content) throws UnreadableFile {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean zip = content.length > 1 && content[0] == 'P' && content[1] == 'K';
        if (name.endsWith(".xlsx") || zip) {
            return excel(content);
        }
        String text = decode(content);
        String start = text.stripLeading();
        if (name.endsWith(".ndjson") || name.endsWith(".jsonl") || name.endsWith(".json") || start.startsWith("{")) {
            return ndjson(text);
        }
        return csv(text);
    }

    private static List<InputRow> ndjson(String text) {
        List<InputRow> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                rows.add(new InputRow(i + 1, null, lines[i], null));
            }
        }
        return rows;
    }

    static List<InputRow> csv(String text) throws UnreadableFile {
        List<InputRow> rows = new ArrayList<>();
        List<String> header = null;
        int pos = 0;
        int line = 1;
        while (pos < text.length()) {
            int startLine = line;
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            String problem = null;
            while (true) {
                if (pos >= text.length()) {
                    if (quoted) {
                        problem = "has a quote (\") that is never closed";
                    }
                    break;
                }
                char c = text.charAt(pos++);
                if (quoted) {
                    if (c == '"') {
                        if (pos < text.length() && text.charAt(pos) == '"') {
                            cell.append('"');
                            pos++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cell.append(c);
                    }
                } else if (c == '"') {
                    if (cell.toString().isBlank() && !wasQuoted) {
                        quoted = true;
                        wasQuoted = true;
                        cell.setLength(0);
                    } else {
                        problem = "has a quote (\") inside an unquoted cell (column " + (cells.size() + 1) + ")";
                        cell.append(c);
                    }
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    wasQuoted = false;
                } else if (c == '\n') {
                    line++;
                    break;
                } else if (c != '\r') {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            boolean blank = cells.stream().allMatch(String::isBlank);
            if (blank && problem == null) {
                continue;
            }
            if (header == null) {
                header = cells.stream().map(String::strip).toList();
                if (!header.contains("command")) {
                    throw new UnreadableFile("The first row must be the header naming the columns, with a column named command");
                }
                continue;
            }
            if (problem == null && cells.size() != header.size()) {
                problem = "has " + cells.size() + " cells where the header has " + header.size();
            }
            rows.add(problem != null ? new InputRow(startLine, null, null, "row " + startLine + " " + problem)
                    : new InputRow(startLine, byHeader(header, cells), null, null));
        }
        if (header == null) {
            throw new UnreadableFile("The file is empty");
        }
        return rows;
    }

    private static List<InputRow> excel(byte[] content) throws UnreadableFile {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<String> header = null;
            List<InputRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                int width = header == null ? row.getLastCellNum() : header.size();
                for (int i = 0; i < Math.max(width, 0); i++) {
                    cells.add(cellText(row.getCell(i), formatter));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = cells.stream().map(String::strip).toList();
                    if (!header.contains("command")) {
                        throw new UnreadableFile("The first row must be the header naming the columns, with a column named command");
                    }
                    continue;
                }
                rows.add(new InputRow(row.getRowNum() + 1, byHeader(header, cells), null, null));
            }
            if (header == null) {
                throw new UnreadableFile("The workbook's first sheet is empty");
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile("The file is not an Excel workbook (.xlsx) that can be read: " + e.getMessage());
        }
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        return formatter.formatCellValue(cell);
    }

    private static Map<String, String> byHeader(List<String> header, List<String> cells) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String value = i < cells.size() ? cells.get(i).strip() : "";
            if (!header.get(i).isEmpty() && !value.isEmpty()) {
                row.put(header.get(i), value);
            }
        }
        return row;
    }

    /** UTF-8 (a BOM is dropped); a file that is not UTF-8 is read as GB18030, as Excel saves CSV on Chinese Windows. */
    static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(content, Charset.forName("GB18030"));
        }
    }
}
