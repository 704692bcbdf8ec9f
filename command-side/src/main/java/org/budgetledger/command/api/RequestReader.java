package org.budgetledger.command.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.Fund;
import org.budgetledger.line.Nature;
import org.budgetledger.money.Money;
import org.budgetledger.rejection.FieldViolation;
import org.budgetledger.rejection.LedgerRejection;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON request, collecting every bad field instead of stopping at the
 * first, so that a {@code VALIDATION_FAILED} answer lists them all. Readers return null for a
 * bad or missing value; {@link #finish()} throws if anything was wrong.
 */
final class RequestReader {

    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern FUNCTION_CODE = Pattern.compile("[0-9]{7}");
    private static final Pattern PROJECT_CODE = Pattern.compile("[A-Za-z0-9._-]{1,32}");
    private static final int MAX_TEXT = 500;

    private final JsonNode body;
    private final List<FieldViolation> violations = new ArrayList<>();

    RequestReader(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw LedgerRejection.invalid("body", "must be a JSON object");
        }
        this.body = body;
    }

    void finish() {
        if (!violations.isEmpty()) {
            throw LedgerRejection.invalid(violations);
        }
    }

    void reject(String field, String message) {
        violations.add(new FieldViolation(field, message));
    }

    boolean has(String field) {
        JsonNode node = body.get(field);
        return node != null && !node.isNull();
    }

    String requestId() {
        String value = requiredText("requestId");
        if (value != null && !REQUEST_ID.matcher(value).matches()) {
            reject("requestId", "must be 1 to 64 characters of letters, digits and . _ : -");
            return null;
        }
        return value;
    }

    String requiredText(String field) {
        String value = optionalText(field);
        if (value == null && violations.stream().noneMatch(v -> v.field().equals(field))) {
            reject(field, "is required");
        }
        return value;
    }

    String optionalText(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            reject(field, "must be a string");
            return null;
        }
        String value = node.stringValue().strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            reject(field, "must be at most " + MAX_TEXT + " characters");
            return null;
        }
        return value;
    }

    String matching(String field, Pattern pattern, String message) {
        String value = requiredText(field);
        if (value != null && !pattern.matcher(value).matches()) {
            reject(field, message);
            return null;
        }
        return value;
    }

    /** A positive amount in yuan, as fen. */
    Long positiveAmount(String field) {
        Long fen = amount(field);
        if (fen != null && fen == 0) {
            reject(field, "must be greater than zero");
            return null;
        }
        return fen;
    }

    /** A non-negative amount in yuan, as fen. */
    Long amount(String field) {
        return amount(field, body.get(field));
    }

    Long amount(String field, JsonNode node) {
        if (node == null || node.isNull()) {
            reject(field, "is required");
            return null;
        }
        if (!node.isString() && !node.isNumber()) {
            reject(field, "must be an amount in yuan such as \"1234.50\"");
            return null;
        }
        try {
            // A JSON number is read through its decimal value: its text form would be written in
            // scientific notation from 10,000,000 on ("9.41115E7") and refused as not an amount.
            return Money.parseYuan(node.isString() ? node.stringValue() : node.decimalValue().toPlainString());
        } catch (IllegalArgumentException e) {
            reject(field, e.getMessage());
            return null;
        }
    }

    LocalDate date(String field) {
        String value = requiredText(field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            reject(field, "must be a date as YYYY-MM-DD");
            return null;
        }
    }

    Integer integer(String field, int min, int max) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            reject(field, "is required");
            return null;
        }
        if (!node.isIntegralNumber() || node.asLong() < min || node.asLong() > max) {
            reject(field, "must be a whole number from " + min + " to " + max);
            return null;
        }
        return node.asInt();
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        return enumValue(field, body.get(field), type);
    }

    static <E extends Enum<E>> String choices(Class<E> type) {
        return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    <E extends Enum<E>> E enumValue(String field, JsonNode node, Class<E> type) {
        if (node == null || node.isNull()) {
            reject(field, "is required");
            return null;
        }
        if (node.isString()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(node.stringValue())) {
                    return constant;
                }
            }
        }
        reject(field, "must be one of " + choices(type));
        return null;
    }

    BudgetLine line(String field) {
        return line(field, body.get(field));
    }

    /** A line object: fund, 7-digit function code, nature and, for projects only, the project. */
    BudgetLine line(String field, JsonNode node) {
        if (node == null || node.isNull()) {
            reject(field, "is required");
            return null;
        }
        if (!node.isObject()) {
            reject(field, "must be an object with fund, functionCode, nature and, for projects, projectCode and projectName");
            return null;
        }
        int before = violations.size();
        Fund fund = enumValue(field + ".fund", node.get("fund"), Fund.class);
        Nature nature = enumValue(field + ".nature", node.get("nature"), Nature.class);
        JsonNode code = node.get("functionCode");
        String functionCode = code != null && code.isString() ? code.stringValue().strip() : null;
        if (functionCode == null || !FUNCTION_CODE.matcher(functionCode).matches()) {
            reject(field + ".functionCode", "must be a 7-digit function code (项), such as \"2040201\"");
        }
        String projectCode = text(node.get("projectCode"));
        String projectName = text(node.get("projectName"));
        if (nature == Nature.PROJECT && projectCode == null) {
            reject(field + ".projectCode", "is required for a PROJECT line");
        } else if (nature == Nature.PROJECT && !PROJECT_CODE.matcher(projectCode).matches()) {
            reject(field + ".projectCode", "must be 1 to 32 characters of letters, digits and . _ -");
        }
        if (nature == Nature.BASIC && projectCode != null) {
            reject(field + ".projectCode", "must be absent on a BASIC line");
        }
        if (nature == Nature.BASIC && projectName != null) {
            reject(field + ".projectName", "must be absent on a BASIC line");
        }
        if (projectName != null && projectName.length() > MAX_TEXT) {
            reject(field + ".projectName", "must be at most " + MAX_TEXT + " characters");
        }
        if (violations.size() > before) {
            return null;
        }
        return new BudgetLine(fund, functionCode, nature, projectCode, projectName);
    }

    JsonNode node(String field) {
        return body.get(field);
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || !node.isString() || node.stringValue().isBlank()) {
            return null;
        }
        return node.stringValue().strip();
    }
}
