package org.budgetledger.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of the command side's HTTP contract, as a script or another system would use it. */
public final class LedgerApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** As {@code ledger.admin-password} in the test application.properties: the bootstrap admin creates the test users. */
    public static final String ADMIN_PASSWORD = "admin-password-of-the-tests";
    /** The user every earlier test acts as: APPROVER of every unit, the role that opens, budgets, spends and closes. */
    public static final String DEFAULT_USER = "finance-office";
    public static final String PASSWORD = "password-of-the-tests";
    private static final Set<String> READY = new HashSet<>();

    private final String base;
    private final String username;
    private final String password;

    /** A client acting as {@link #DEFAULT_USER}, created on the server on first use. */
    public LedgerApi(int port) {
        this("http://localhost:" + port + "/api/v1", DEFAULT_USER, PASSWORD);
        ensureUser(DEFAULT_USER, "*:APPROVER");
    }

    private LedgerApi(String base, String username, String password) {
        this.base = base;
        this.username = username;
        this.password = password;
    }

    /** The same server as another user; null for no credentials. */
    public LedgerApi as(String otherUser, String otherPassword) {
        return new LedgerApi(base, otherUser, otherPassword);
    }

    /**
     * Creates a user (if new) with {@link #PASSWORD} and replaces its grants ({@code UNIT:ROLE}), as the
     * bootstrap admin; answers a client acting as that user.
     */
    public LedgerApi ensureUser(String user, String... grants) {
        synchronized (READY) {
            if (READY.add(base + " " + user + " " + String.join(",", grants))) {
                LedgerApi admin = as("admin", ADMIN_PASSWORD);
                Answer created = admin.post("/users", Map.of("username", user, "displayName", user, "password", PASSWORD));
                if (created.status() != 201 && created.status() != 409) {
                    throw new IllegalStateException("creating " + user + ": " + created);
                }
                List<Map<String, String>> list = Arrays.stream(grants).map(grant -> grant.split(":"))
                        .map(grant -> Map.of("unitCode", grant[0], "role", grant[1])).toList();
                Answer granted = admin.send("PUT", "/users/" + user + "/grants", "application/json",
                        JSON.writeValueAsString(Map.of("grants", list)));
                if (granted.status() != 200 && granted.status() != 204) {
                    throw new IllegalStateException("granting " + user + ": " + granted);
                }
            }
        }
        return as(user, PASSWORD);
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

    /** GETs a path below {@code /api/v1}. */
    public Answer get(String path) {
        return send("GET", path, null, null);
    }

    private Answer send(String path, String contentType, String body) {
        return send("POST", path, contentType, body);
    }

    private Answer send(String method, String path, String contentType, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        if (username != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        HttpRequest request = builder.build();
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
