package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client of one ledger process, as a script or another system would use it: JSON,
 * CSV and Excel over {@code /api/v1}. Nothing here knows the server's classes.
 */
public final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    /** The Authorization header value, or null for an anonymous client. */
    private final String authorization;
    /** Whether this client acts as the default user, created on the server before its first API request. */
    private final boolean defaultUser;

    /** A client of the tests' default user ({@link TestUsers#DEFAULT}, APPROVER of every unit). */
    public Http(int port) {
        this("http://localhost:" + port, TestUsers.basic(TestUsers.DEFAULT, TestUsers.PASSWORD), true);
    }

    /** An anonymous client of the server at {@code base}. */
    Http(String base) {
        this(base, null, false);
    }

    private Http(String base, String authorization, boolean defaultUser) {
        this.base = base;
        this.authorization = authorization;
        this.defaultUser = defaultUser;
    }

    /** The same server as another user (HTTP Basic). */
    public Http as(String username, String password) {
        return new Http(base, TestUsers.basic(username, password), false);
    }

    /** The same server without credentials. */
    public Http anonymous() {
        return new Http(base, null, false);
    }

    String base() {
        return base;
    }

    /** A query parameter value, URL-encoded. */
    public static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public Answer get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    public Answer post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(600))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** POST of raw bytes, such as a binary file sent where text is expected. */
    public Answer post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(600))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Answer put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Answer postJson(String path, String json) {
        return post(path, "application/json", json);
    }

    /** GET that must answer 200 with JSON. */
    public JsonNode getJson(String path) {
        Answer answer = get(path);
        assertThat(answer.status()).as("GET %s answered %s", path, answer.text()).isEqualTo(200);
        return answer.json();
    }

    /** POST of a JSON command that must succeed (200 or 201); answers its body. */
    public JsonNode command(String path, String json) {
        Answer answer = postJson(path, json);
        assertThat(answer.status()).as("POST %s %s answered %s", path, json, answer.text()).isIn(200, 201);
        return answer.json();
    }

    private Answer send(HttpRequest.Builder builder) {
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        HttpRequest request = builder.build();
        if (defaultUser && request.uri().getPath().startsWith("/api/")) {
            TestUsers.ensureDefault(base);
        }
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, headers and body. */
    public record Answer(int status, Map<String, List<String>> headers, byte[] body) {

        /** The first value of a header (names are case-insensitive), or "" when absent. */
        public String header(String name) {
            return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase(name))
                    .flatMap(header -> header.getValue().stream()).findFirst().orElse("");
        }

        public String contentType() {
            return header("Content-Type");
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
