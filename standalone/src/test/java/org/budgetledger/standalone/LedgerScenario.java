package org.budgetledger.standalone;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Writes one ledger's entries through the command endpoints, as a finance office would, with
 * a fresh request id for each command. Remembers the sequence of the last answer.
 */
final class LedgerScenario {

    private final Http http;
    final String unit;
    final int year;
    private int requests;
    private final Map<String, String[]> sent = new LinkedHashMap<>();
    long sequence;

    LedgerScenario(Http http, String unit, int year) {
        this.http = http;
        this.unit = unit;
        this.year = year;
    }

    static Map<String, Object> basicLine(String functionCode) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("fund", "GENERAL_BUDGET");
        line.put("functionCode", functionCode);
        line.put("nature", "BASIC");
        return line;
    }

    static Map<String, Object> projectLine(String functionCode, String projectCode, String projectName) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("fund", "GENERAL_BUDGET");
        line.put("functionCode", functionCode);
        line.put("nature", "PROJECT");
        line.put("projectCode", projectCode);
        line.put("projectName", projectName);
        return line;
    }

    static Map<String, Object> unitFundsLine(String functionCode, String nature, String projectCode, String projectName) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("fund", "UNIT_FUNDS");
        line.put("functionCode", functionCode);
        line.put("nature", nature);
        if (projectCode != null) {
            line.put("projectCode", projectCode);
            line.put("projectName", projectName);
        }
        return line;
    }

    static Map<String, Object> openingBalance(Map<String, Object> line, String amount, String kind) {
        return Map.of("line", line, "amount", amount, "kind", kind);
    }

    static Map<String, Object> disposition(Map<String, Object> line, String disposition) {
        return Map.of("line", line, "disposition", disposition);
    }

    JsonNode open(String unitName) {
        return send("/api/v1/ledgers", body("unitCode", unit, "unitName", unitName, "fiscalYear", year));
    }

    /** Opens a unit's first year in the ledger with its opening balances stated. */
    JsonNode open(String unitName, List<Map<String, Object>> openingBalances) {
        return send("/api/v1/ledgers", body("unitCode", unit, "unitName", unitName, "fiscalYear", year,
                "openingBalances", openingBalances));
    }

    JsonNode receive(Map<String, Object> line, String revenueType, String amount, String voucherNo, String effectiveDate) {
        return send(path("revenues"), body("line", line, "revenueType", revenueType, "amount", amount,
                "voucherNo", voucherNo, "effectiveDate", effectiveDate));
    }

    /** Revenue from another budget unit, naming it as the counterparty (上级补助收入, 附属单位上缴收入). */
    JsonNode receiveFrom(String counterpartyUnit, Map<String, Object> line, String revenueType, String amount, String voucherNo,
            String effectiveDate) {
        return send(path("revenues"), body("line", line, "revenueType", revenueType, "amount", amount,
                "voucherNo", voucherNo, "effectiveDate", effectiveDate, "counterpartyUnit", counterpartyUnit));
    }

    /** An expenditure to another budget unit (对附属单位补助, 上缴上级), naming it as the counterparty. */
    JsonNode spendTo(String counterpartyUnit, Map<String, Object> line, String economicCode, String amount, String voucherNo,
            String effectiveDate) {
        return send(path("expenditures"), body("line", line, "economicCode", economicCode, "amount", amount,
                "voucherNo", voucherNo, "effectiveDate", effectiveDate, "payee", counterpartyUnit,
                "counterpartyUnit", counterpartyUnit));
    }

    JsonNode appropriate(Map<String, Object> line, String amount, String documentNo, String effectiveDate) {
        return send(path("appropriations"), body("line", line, "amount", amount, "documentNo", documentNo,
                "effectiveDate", effectiveDate));
    }

    JsonNode adjust(Map<String, Object> line, String direction, String amount, String reason, String documentNo,
            String effectiveDate) {
        return send(path("adjustments"), body("line", line, "direction", direction, "amount", amount, "reason", reason,
                "documentNo", documentNo, "effectiveDate", effectiveDate));
    }

    JsonNode transfer(Map<String, Object> from, Map<String, Object> to, String amount, String reason, String documentNo,
            String effectiveDate) {
        return send(path("transfers"), body("from", from, "to", to, "amount", amount, "reason", reason,
                "documentNo", documentNo, "effectiveDate", effectiveDate));
    }

    JsonNode spend(Map<String, Object> line, String economicCode, String amount, String voucherNo, String effectiveDate) {
        return send(path("expenditures"), body("line", line, "economicCode", economicCode, "amount", amount,
                "voucherNo", voucherNo, "effectiveDate", effectiveDate, "payee", "测试供应商"));
    }

    /** An expenditure under government procurement: {@code method} GOODS/WORKS/SERVICES, {@code supplierSize} SMALL_MICRO/MEDIUM/LARGE. */
    JsonNode spendProcured(Map<String, Object> line, String economicCode, String amount, String voucherNo, String effectiveDate,
            String method, String supplierSize) {
        return send(path("expenditures"), body("line", line, "economicCode", economicCode, "amount", amount,
                "voucherNo", voucherNo, "effectiveDate", effectiveDate, "payee", "测试供应商",
                "procurement", Map.of("method", method, "supplierSize", supplierSize)));
    }

    /** A payment request under government procurement, raised by {@code requester}. */
    JsonNode requestProcuredPayment(Http requester, Map<String, Object> line, String economicCode, String amount,
            String voucherNo, String effectiveDate, String method, String supplierSize) {
        return send(requester, path("payment-requests"), body("line", line, "economicCode", economicCode, "amount", amount,
                "voucherNo", voucherNo, "effectiveDate", effectiveDate, "payee", "测试供应商",
                "procurement", Map.of("method", method, "supplierSize", supplierSize)));
    }

    JsonNode controlBudget(String category, String amount, String documentNo, String effectiveDate) {
        return send(path("control-budgets"), body("category", category, "amount", amount, "documentNo", documentNo,
                "effectiveDate", effectiveDate));
    }

    JsonNode statement(String kind, Map<String, Object> figures, String effectiveDate) {
        return send(path("statements"), body("kind", kind, "figures", figures, "effectiveDate", effectiveDate));
    }

    /** A payment request raised by {@code requester} (a RECORDER of the unit); answers its 201 body. */
    JsonNode requestPayment(Http requester, Map<String, Object> line, String economicCode, String amount, String voucherNo,
            String effectiveDate) {
        return send(requester, path("payment-requests"), body("line", line, "economicCode", economicCode, "amount", amount,
                "voucherNo", voucherNo, "effectiveDate", effectiveDate, "payee", "测试供应商"));
    }

    JsonNode approvePayment(String paymentRequestId, String effectiveDate) {
        return send(path("payment-requests/" + paymentRequestId + "/approval"), body("effectiveDate", effectiveDate));
    }

    JsonNode rejectPayment(String paymentRequestId, String reason, String effectiveDate) {
        return send(path("payment-requests/" + paymentRequestId + "/rejection"), body("reason", reason,
                "effectiveDate", effectiveDate));
    }

    JsonNode reverse(String voucherNo, String reason, String effectiveDate) {
        return send(path("expenditures/" + voucherNo + "/reversal"), body("reason", reason, "effectiveDate", effectiveDate));
    }

    JsonNode threePublicBudget(String category, String amount, String documentNo, String effectiveDate) {
        return send(path("three-public-budgets"), body("category", category, "amount", amount, "documentNo", documentNo,
                "effectiveDate", effectiveDate));
    }

    JsonNode close(String effectiveDate, String defaultDisposition) {
        return close(effectiveDate, defaultDisposition, List.of());
    }

    JsonNode close(String effectiveDate, String defaultDisposition, List<Map<String, Object>> dispositions) {
        return send(path("closing"), body("effectiveDate", effectiveDate, "defaultDisposition", defaultDisposition,
                "dispositions", dispositions));
    }

    /** The same unit's next year. */
    LedgerScenario nextYear() {
        return new LedgerScenario(http, unit, year + 1);
    }

    String ledgerPath() {
        return "/api/v1/ledgers/" + unit + "/" + year;
    }

    private String path(String command) {
        return ledgerPath() + "/" + command;
    }

    /**
     * Sends a command again exactly as it was sent: the ledger answers it as a duplicate, with
     * its line as it is now (even after the close).
     */
    JsonNode resend(String requestId) {
        String[] request = sent.get(requestId);
        return http.command(request[0], request[1]);
    }

    private JsonNode send(String path, Map<String, Object> body) {
        return send(http, path, body);
    }

    private JsonNode send(Http as, String path, Map<String, Object> body) {
        String json = Http.JSON.writeValueAsString(body);
        sent.put((String) body.get("requestId"), new String[] {path, json});
        JsonNode answer = as.command(path, json);
        sequence = answer.get("sequence").asLong();
        return answer;
    }

    private Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("requestId", unit + "-" + year + "-" + (++requests));
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }
}
