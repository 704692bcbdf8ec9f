package org.budgetledger.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of the command side's HTTP contract, as a script or another system would use it. */
public final class LedgerApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    public LedgerApi(int port) {
        this.base = "http://localhost:" + port + "/api/v1";
    }

    /** POSTs a JSON body to a path below {@code /api/v1}, such as {@code /ledgers/ZZJJ/2023/expenditures}. */
    public Answer post(String path, Map<String, ?> body) {
        return send(path, "application/json", JSON.writeValueAsString(body));
    }

    /** POSTs text as it is, for bodies that are not valid JSON. */
    public Answer postRaw(String path, String contentType, String body) {
        return send(path, contentType, body);
    }

    public Answer openLedger(Map<String, ?> body) {
        return post("/ledgers", body);
    }

    /** POSTs to one of a ledger's command endpoints: {@code command(unit, 2023, "appropriations", body)}. */
    public Answer command(String unit, int year, String endpoint, Map<String, ?> body) {
        return post("/ledgers/" + unit + "/" + year + "/" + endpoint, body);
    }

    public Answer reversal(String unit, int year, String voucherNo, Map<String, ?> body) {
        return command(unit, year, "expenditures/" + voucherNo + "/reversal", body);
    }

    /** POSTs a bulk journal: one JSON command per line. */
    public Answer journal(String ndjson) {
        return send("/journal", "application/x-ndjson", ndjson);
    }

    /** A journal line: the command name, its ledger and its body, as one line of JSON. */
    public static String journalLine(Map<String, ?> line) {
        return JSON.writeValueAsString(line);
    }

    private Answer send(String path, String contentType, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
