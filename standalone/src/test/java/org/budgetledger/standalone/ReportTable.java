package org.budgetledger.standalone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A report as {@code GET …/reports/{id}} answers it, read by row code and column key. */
final class ReportTable {

    /** The cell of a row that the table does not have. */
    static final String NO_ROW = "(no row)";

    final String id;
    final JsonNode json;
    private final Map<String, JsonNode> rows = new LinkedHashMap<>();

    ReportTable(String id, JsonNode json) {
        this.id = id;
        this.json = json;
        for (JsonNode row : json.get("rows")) {
            rows.put(row.get("code").asString(), row);
        }
    }

    static ReportTable fetch(Http http, String ledgerPath, String id) {
        return new ReportTable(id, http.getJson(ledgerPath + "/reports/" + id));
    }

    static ReportTable fetch(Http http, String ledgerPath, String id, String query) {
        return new ReportTable(id, http.getJson(ledgerPath + "/reports/" + id + "?" + query));
    }

    boolean has(String code) {
        return rows.containsKey(code);
    }

    /** The cell as the JSON writes it (numbers and strings alike as text), null where it is null. */
    String cell(String code, String column) {
        JsonNode row = rows.get(code);
        if (row == null) {
            return NO_ROW;
        }
        JsonNode cell = row.get("cells").get(column);
        if (cell == null) {
            return "(no column " + column + ")";
        }
        return cell.isNull() ? null : cell.asString();
    }

    String name(String code) {
        JsonNode row = rows.get(code);
        return row == null ? NO_ROW : row.get("name").asString();
    }

    List<String> codes() {
        return new ArrayList<>(rows.keySet());
    }

    List<String> columns() {
        List<String> keys = new ArrayList<>();
        json.get("columns").forEach(column -> keys.add(column.get("key").asString()));
        return keys;
    }

    List<JsonNode> rows() {
        return new ArrayList<>(rows.values());
    }
}
