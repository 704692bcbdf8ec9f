package org.budgetledger.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request bodies of the HTTP contract, filled with plausible values for a 2023 ledger. Each
 * builder returns a fresh mutable map, so that a test can change or remove one field.
 */
public final class Requests {

    /** The function 项 most lines of the tests use: 2040201 公安 行政运行. */
    public static final String POLICE_ADMINISTRATION = "2040201";
    /** 2040202 公安 一般行政管理事务, where the tests keep their projects. */
    public static final String POLICE_GENERAL_AFFAIRS = "2040202";
    /** 30201 办公费, an ordinary economic code. */
    public static final String OFFICE_EXPENSES = "30201";
    /** 30217 公务接待费, one of the four 三公 codes. */
    public static final String RECEPTION = "30217";

    private Requests() {
    }

    public static Map<String, Object> basicLine(String fund) {
        return map("fund", fund, "functionCode", POLICE_ADMINISTRATION, "nature", "BASIC");
    }

    public static Map<String, Object> generalBasicLine() {
        return basicLine("GENERAL_BUDGET");
    }

    public static Map<String, Object> unitFundsLine() {
        return basicLine("UNIT_FUNDS");
    }

    public static Map<String, Object> projectLine(String projectCode, String projectName) {
        Map<String, Object> line = map("fund", "GENERAL_BUDGET", "functionCode", POLICE_GENERAL_AFFAIRS, "nature", "PROJECT",
                "projectCode", projectCode);
        if (projectName != null) {
            line.put("projectName", projectName);
        }
        return line;
    }

    public static Map<String, Object> openLedger(String requestId, String unit, int year) {
        return map("requestId", requestId, "unitCode", unit, "unitName", "株洲市公安局交通警察支队", "fiscalYear", year);
    }

    public static Map<String, Object> openingBalance(Map<String, Object> line, String amount, String kind) {
        return map("line", line, "amount", amount, "kind", kind);
    }

    public static Map<String, Object> appropriation(String requestId, Map<String, Object> line, String amount) {
        return map("requestId", requestId, "line", line, "amount", amount, "documentNo", "株财预〔2023〕1号",
                "effectiveDate", "2023-01-10");
    }

    public static Map<String, Object> adjustment(String requestId, Map<String, Object> line, String direction, String amount) {
        return map("requestId", requestId, "line", line, "direction", direction, "amount", amount,
                "reason", "年中据实调整", "documentNo", "株财预〔2023〕57号", "effectiveDate", "2023-07-15");
    }

    public static Map<String, Object> transfer(String requestId, Map<String, Object> from, Map<String, Object> to, String amount) {
        return map("requestId", requestId, "from", from, "to", to, "amount", amount, "reason", "项目调剂",
                "documentNo", "株财预〔2023〕41号", "effectiveDate", "2023-08-01");
    }

    public static Map<String, Object> revenue(String requestId, Map<String, Object> line, String amount, String voucherNo) {
        return map("requestId", requestId, "line", line, "revenueType", "OTHER", "amount", amount,
                "effectiveDate", "2023-03-01", "voucherNo", voucherNo);
    }

    public static Map<String, Object> expenditure(String requestId, Map<String, Object> line, String economicCode,
            String amount, String voucherNo) {
        return map("requestId", requestId, "line", line, "economicCode", economicCode, "amount", amount,
                "effectiveDate", "2023-05-20", "voucherNo", voucherNo, "payee", "株洲市文具供应站");
    }

    public static Map<String, Object> reversal(String requestId) {
        return map("requestId", requestId, "reason", "重复报销，冲销", "effectiveDate", "2023-06-01");
    }

    public static Map<String, Object> threePublicBudget(String requestId, String category, String amount) {
        return map("requestId", requestId, "category", category, "amount", amount, "documentNo", "株财行〔2023〕3号",
                "effectiveDate", "2023-01-15");
    }

    public static Map<String, Object> closing(String requestId, String effectiveDate, String defaultDisposition) {
        return map("requestId", requestId, "effectiveDate", effectiveDate, "defaultDisposition", defaultDisposition);
    }

    public static Map<String, Object> disposition(Map<String, Object> line, String disposition) {
        return map("line", line, "disposition", disposition);
    }

    /** A journal line: {@code command}, {@code unitCode} and {@code fiscalYear} followed by the command's body. */
    public static Map<String, Object> journalEntry(String command, String unit, int year, Map<String, Object> body) {
        Map<String, Object> entry = map("command", command, "unitCode", unit, "fiscalYear", year);
        entry.putAll(body);
        return entry;
    }

    /** A copy of a body with one field replaced (or added). */
    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    /** A copy of a body without one field. */
    public static Map<String, Object> without(Map<String, Object> body, String field) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.remove(field);
        return copy;
    }

    public static List<Object> list(Object... items) {
        return List.of(items);
    }

    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
