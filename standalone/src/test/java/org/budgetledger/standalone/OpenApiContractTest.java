package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The generated OpenAPI description ({@code GET /v3/api-docs}) against the HTTP contract
 * ({@code contract/api.md}, a copy of the shared contract): every path of its command and query
 * tables is described with its method, every request field it names is in the request schema,
 * every field and parameter a query row names is in the answer or the parameters, and every
 * problem code of its conventions is listed under some endpoint. The wave-2 additions are
 * checked by the issues that build them.
 */
class OpenApiContractTest extends StandaloneTestSupport {

    private static final Pattern ROW = Pattern.compile("^\\| `(GET|POST|PUT) ([^`]+)` \\|(.*)$");
    private static final Pattern IDENTIFIER = Pattern.compile("^[a-z][A-Za-z]*$");
    private static final Pattern QUOTED_KEY = Pattern.compile("\"([a-z][A-Za-z]*)\"");
    private static final Pattern PARAMETER = Pattern.compile("^([a-z][A-Za-z]*)=");
    private static final Pattern CODE = Pattern.compile("`([A-Z][A-Z_]+)`\\s+\\((\\d{3})\\)");

    private JsonNode openApi;

    @BeforeEach
    void readTheDescription() {
        Http.Answer answer = http.get("/v3/api-docs");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        openApi = answer.json();
    }

    @Test
    void everyPathOfTheContractIsDescribedWithItsMethod() throws IOException {
        List<String> missing = new ArrayList<>();
        for (ContractRow row : contractRows()) {
            JsonNode path = openApi.path("paths").path("/api/v1" + row.path());
            if (path.path(row.method().toLowerCase()).isMissingNode()) {
                missing.add(row.method() + " " + row.path());
            }
        }
        assertThat(missing).as("contract paths missing from /v3/api-docs").isEmpty();
        assertThat(contractRows()).hasSizeGreaterThanOrEqualTo(14);
    }

    @Test
    void everyRequestFieldOfTheContractIsInItsRequestSchema() throws IOException {
        Map<String, Set<String>> missing = new LinkedHashMap<>();
        for (ContractRow row : contractRows()) {
            if (!row.method().equals("POST")) {
                continue;
            }
            JsonNode operation = operation(row);
            Set<String> described = new TreeSet<>();
            operation.path("requestBody").path("content").forEach(media -> collectProperties(media.path("schema"), described, 0));
            Set<String> wanted = row.path().equals("/journal") ? Set.of("command", "unitCode", "fiscalYear") : row.fields();
            Set<String> absent = new TreeSet<>(wanted);
            absent.removeAll(described);
            if (!absent.isEmpty()) {
                missing.put(row.path(), absent);
            }
        }
        assertThat(missing).as("request fields of the contract missing from the request schemas").isEmpty();
    }

    @Test
    void everyCommandDescribesRequestIdAndTheLineObject() {
        JsonNode expenditure = openApi.path("paths").path("/api/v1/ledgers/{unit}/{year}/expenditures").path("post");
        Set<String> described = new TreeSet<>();
        collectProperties(expenditure.path("requestBody").path("content").path("application/json").path("schema"), described, 0);
        assertThat(described).contains("requestId", "line", "fund", "functionCode", "nature", "projectCode", "projectName",
                "economicCode", "amount", "effectiveDate", "voucherNo", "payee", "description", "statistics",
                "receptionBatches", "receptionGuests", "vehiclesPurchased");
        JsonNode request = resolve(expenditure.path("requestBody").path("content").path("application/json").path("schema"));
        assertThat(request.path("required").toString()).contains("requestId", "line", "economicCode", "amount",
                "effectiveDate", "voucherNo");
        assertThat(resolve(request.path("properties").path("amount")).path("example").asString()).isNotBlank();
    }

    @Test
    void everyFieldAndParameterAQueryNamesIsDescribed() throws IOException {
        Map<String, Set<String>> missing = new LinkedHashMap<>();
        for (ContractRow row : contractRows()) {
            if (!row.method().equals("GET")) {
                continue;
            }
            JsonNode operation = operation(row);
            Set<String> described = new TreeSet<>();
            operation.path("parameters").forEach(parameter -> described.add(parameter.path("name").asString()));
            operation.path("responses").path("200").path("content")
                    .forEach(media -> collectProperties(media.path("schema"), described, 0));
            Set<String> absent = new TreeSet<>(row.fields());
            absent.removeAll(described);
            if (!absent.isEmpty()) {
                missing.put(row.path(), absent);
            }
        }
        assertThat(missing).as("query fields and parameters of the contract missing from /v3/api-docs").isEmpty();
    }

    @Test
    void everyProblemCodeOfTheContractIsListedWithItsStatus() throws IOException {
        Map<String, String> listed = new LinkedHashMap<>();
        openApi.path("paths").forEach(path -> path.forEach(operation -> operation.path("responses").properties()
                .forEach(response -> response.getValue().path("x-problem-codes")
                        .forEach(code -> listed.put(code.asString(), response.getKey())))));
        Map<String, String> contract = new LinkedHashMap<>();
        Matcher codes = CODE.matcher(conventions());
        while (codes.find()) {
            contract.put(codes.group(1), codes.group(2));
        }
        // "…then `503` with code `PROJECTION_BEHIND`": the one code the conventions name in other words.
        contract.put("PROJECTION_BEHIND", "503");
        // Issue 15: a database outage answers 503 DATABASE_UNAVAILABLE on every endpoint.
        contract.put("DATABASE_UNAVAILABLE", "503");
        assertThat(contract).hasSizeGreaterThanOrEqualTo(17);
        contract.forEach((code, status) -> assertThat(listed).as("status of %s", code).containsEntry(code, status));
    }

    /** The wave-2 section "Payment requests (冻结) and transfers (调剂)" is written as prose, so its paths and codes are named here. */
    @Test
    void paymentRequestsAreDescribedWithTheirCodes() {
        JsonNode paths = openApi.path("paths");
        String ledger = "/api/v1/ledgers/{unit}/{year}";
        JsonNode request = paths.path(ledger + "/payment-requests").path("post").path("responses");
        assertThat(request.has("201")).as("a payment request answers 201").isTrue();
        assertThat(request.path("422").path("x-problem-codes").toString()).contains("EXCEEDS_AVAILABLE", "THREE_PUBLIC_BUDGET_EXCEEDED");
        assertThat(paths.path(ledger + "/payment-requests").path("get").path("parameters").toString()).contains("\"status\"");
        JsonNode approval = paths.path(ledger + "/payment-requests/{paymentRequestId}/approval").path("post").path("responses");
        assertThat(approval.path("403").path("x-problem-codes").toString()).contains("SELF_APPROVAL_FORBIDDEN", "FORBIDDEN");
        assertThat(approval.path("404").path("x-problem-codes").toString()).contains("PAYMENT_REQUEST_NOT_FOUND");
        assertThat(approval.path("409").path("x-problem-codes").toString()).contains("PAYMENT_REQUEST_NOT_PENDING");
        JsonNode rejection = paths.path(ledger + "/payment-requests/{paymentRequestId}/rejection").path("post").path("responses");
        assertThat(rejection.path("409").path("x-problem-codes").toString()).contains("PAYMENT_REQUEST_NOT_PENDING");
        assertThat(paths.path(ledger + "/closing").path("post").path("responses").path("409").path("x-problem-codes").toString())
                .contains("PENDING_PAYMENT_REQUESTS");
        assertThat(paths.path(ledger + "/transfers").path("post").path("responses").path("422").path("x-problem-codes").toString())
                .contains("TRANSFER_NOT_ALLOWED", "EXCEEDS_AVAILABLE");
        assertThat(openApi.path("components").path("schemas").path("LineFigures").path("properties").has("reserved")).isTrue();
    }

    @Test
    void anExpenditureListsTheCodesItCanAnswer() {
        JsonNode responses = openApi.path("paths").path("/api/v1/ledgers/{unit}/{year}/expenditures").path("post").path("responses");
        assertThat(responses.path("422").path("x-problem-codes").toString())
                .contains("EXCEEDS_AVAILABLE", "THREE_PUBLIC_BUDGET_EXCEEDED");
        assertThat(responses.path("400").path("x-problem-codes").toString())
                .contains("VALIDATION_FAILED", "UNKNOWN_FUNCTION_CODE", "UNKNOWN_ECONOMIC_CODE", "DATE_OUTSIDE_FISCAL_YEAR");
        assertThat(responses.path("404").path("x-problem-codes").toString()).contains("LEDGER_NOT_FOUND", "LINE_NOT_FOUND");
        assertThat(responses.path("409").path("x-problem-codes").toString())
                .contains("LEDGER_CLOSED", "REQUEST_ID_CONFLICT", "VOUCHER_EXISTS", "PROJECT_NAME_MISMATCH");
        assertThat(responses.path("422").path("content").path("application/problem+json").path("examples")
                .path("EXCEEDS_AVAILABLE").path("value").path("code").asString()).isEqualTo("EXCEEDS_AVAILABLE");
    }

    /** The section "Departments (汇总)" is prose too: each of its endpoints, their fields and codes. */
    @Test
    void departmentsAreDescribedWithTheirFieldsAndCodes() {
        JsonNode paths = openApi.path("paths");
        JsonNode define = paths.path("/api/v1/departments/{code}").path("put");
        assertThat(define.path("responses").path("403").path("x-problem-codes").toString()).contains("FORBIDDEN");
        assertThat(define.path("responses").path("400").path("x-problem-codes").toString()).contains("UNKNOWN_UNIT");
        assertThat(define.path("responses").path("409").path("x-problem-codes").toString()).contains("UNIT_IN_OTHER_DEPARTMENT");
        JsonNode body = openApi.path("components").path("schemas").path("DefineDepartment").path("properties");
        assertThat(body.has("name") && body.has("units") && body.has("fromYear")).as(body.toString()).isTrue();
        String department = "/api/v1/departments/{code}/{year}";
        for (String path : List.of("/reports", "/reports/{id}", "/eliminations", "/units", "/checks")) {
            JsonNode get = paths.path(department + path).path("get");
            assertThat(get.isMissingNode()).as(department + path).isFalse();
            assertThat(get.path("responses").path("404").path("x-problem-codes").toString()).as(department + path)
                    .contains("DEPARTMENT_NOT_FOUND", "LEDGER_NOT_FOUND");
        }
        assertThat(paths.path(department + "/reports/{id}").path("get").path("parameters").toString()).contains("asOf", "knownAt");
        for (String schema : List.of("RecordRevenueRequest", "RecordExpenditureRequest")) {
            assertThat(openApi.path("components").path("schemas").path(schema).path("properties").has("counterpartyUnit"))
                    .as(schema).isTrue();
        }
    }

    @Test
    void theDocsPageIsServed() {
        Http.Answer page = http.get("/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("swagger-ui");
    }

    /** A row of the contract's command or query table: method, path and the fields it names. */
    record ContractRow(String method, String path, Set<String> fields) {
    }

    private JsonNode operation(ContractRow row) {
        return openApi.path("paths").path("/api/v1" + row.path()).path(row.method().toLowerCase());
    }

    private static List<ContractRow> contractRows() throws IOException {
        String text = contract();
        String tables = text.substring(text.indexOf("## Commands"), text.indexOf("## Operations"));
        List<ContractRow> rows = new ArrayList<>();
        for (String line : tables.split("\n")) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                rows.add(new ContractRow(row.group(1), row.group(2), fields(row.group(3))));
            }
        }
        return rows;
    }

    /**
     * The field names a row's description names: plain identifiers in backquotes
     * ({@code `documentNo`}), keys inside backquoted JSON ({@code `{"receptionBatches":n}`}) and
     * query parameters ({@code `asOf=YYYY-MM-DD`}); for a command, also requestId and, where a
     * line is named, the line object's fields (the contract's conventions).
     */
    private static Set<String> fields(String description) {
        Set<String> fields = new LinkedHashSet<>();
        Matcher spans = Pattern.compile("`([^`]+)`").matcher(description);
        while (spans.find()) {
            String span = spans.group(1);
            Matcher parameter = PARAMETER.matcher(span);
            if (IDENTIFIER.matcher(span).matches()) {
                fields.add(span);
            } else if (parameter.find()) {
                fields.add(parameter.group(1));
            } else {
                Matcher keys = QUOTED_KEY.matcher(span);
                while (keys.find()) {
                    if (span.substring(keys.end()).startsWith(":") || span.startsWith("{")) {
                        fields.add(keys.group(1));
                    }
                }
            }
        }
        // "filterable by `line` fields" and "`from`/`to`" in the history row.
        if (description.contains("`from`/`to`")) {
            fields.add("from");
            fields.add("to");
        }
        if (fields.contains("line")) {
            fields.addAll(List.of("fund", "functionCode", "nature", "projectCode", "projectName"));
        }
        return fields;
    }

    /** Every property name of a schema, through references, arrays and nested objects. */
    private void collectProperties(JsonNode schema, Set<String> names, int depth) {
        if (depth > 8 || schema == null || schema.isMissingNode()) {
            return;
        }
        JsonNode resolved = resolve(schema);
        resolved.path("properties").properties().forEach(property -> {
            names.add(property.getKey());
            collectProperties(property.getValue(), names, depth + 1);
        });
        collectProperties(resolved.path("items"), names, depth + 1);
        for (String combination : List.of("allOf", "oneOf", "anyOf")) {
            resolved.path(combination).forEach(part -> collectProperties(part, names, depth + 1));
        }
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 5 && current.has("$ref"); i++) {
            String name = current.path("$ref").asString().substring("#/components/schemas/".length());
            current = openApi.path("components").path("schemas").path(name);
        }
        return current;
    }

    private static String conventions() throws IOException {
        String text = contract();
        return text.substring(text.indexOf("## Conventions"), text.indexOf("## Commands"));
    }

    private static String contract() throws IOException {
        try (InputStream in = OpenApiContractTest.class.getResourceAsStream("/contract/api.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
