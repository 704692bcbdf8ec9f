package org.budgetledger.ui.commands;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.budgetledger.platform.security.UserAssertions;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.FieldViolation;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The UI's way to the command side: its HTTP API at {@code LEDGER_COMMAND_URL} (by default this
 * very process, as in the standalone process), called on behalf of the logged-in user with a
 * signed assertion ({@link UserAssertions}), so that the command side checks the user's rights
 * and records their name exactly as for any other client. A refusal comes back as the
 * {@link LedgerRejection} the API answered, with its code and every bad field.
 */
@Component
public class CommandClient {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final UserAssertions assertions;
    private final ObjectMapper json;
    private final Environment environment;

    CommandClient(UserAssertions assertions, ObjectMapper json, Environment environment) {
        this.assertions = assertions;
        this.json = json;
        this.environment = environment;
    }

    /** POSTs a command's JSON body to a path below {@code /api/v1}, such as {@code /ledgers/ZZJJ/2023/expenditures}. */
    public CommandReply send(String path, JsonNode body, String username) {
        JsonNode answer = post(path, "application/json", json.writeValueAsString(body), username);
        return json.treeToValue(answer, CommandReply.class);
    }

    /** POSTs NDJSON lines to the journal; each line's outcome is in the reply. */
    public JournalReply journal(String ndjson, String username) {
        return json.treeToValue(post("/journal", "application/x-ndjson", ndjson, username), JournalReply.class);
    }

    private JsonNode post(String path, String contentType, String body, String username) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + "/api/v1" + path)).timeout(TIMEOUT)
                .header("Content-Type", contentType).header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        assertions.headersFor(username).forEach(request::header);
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LedgerRejection(ErrorCode.INTERNAL_ERROR, "The command side at " + base() + " could not be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerRejection(ErrorCode.INTERNAL_ERROR, "Interrupted while sending the command");
        }
        JsonNode answer = response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
        if (response.statusCode() >= 400) {
            throw rejection(response.statusCode(), answer);
        }
        return answer;
    }

    /** The API's problem as the rejection it stands for. */
    private static LedgerRejection rejection(int status, JsonNode problem) {
        ErrorCode code;
        try {
            code = ErrorCode.valueOf(problem.path("code").asString());
        } catch (IllegalArgumentException unknown) {
            code = status == 404 ? ErrorCode.LEDGER_NOT_FOUND : ErrorCode.INTERNAL_ERROR;
        }
        List<FieldViolation> violations = new ArrayList<>();
        problem.path("errors").forEach(error -> violations.add(new FieldViolation(error.path("field").asString(),
                error.path("message").asString())));
        String detail = problem.path("detail").asString();
        return new LedgerRejection(code, detail.isBlank() ? "The command side answered " + status : detail, violations);
    }

    /** {@code LEDGER_COMMAND_URL}, or this process when the command side runs in it. */
    private String base() {
        String configured = environment.getProperty("ledger.command-url");
        if (configured != null && !configured.isBlank()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        return "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }
}
