package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code LOG_FORMAT=json}: the standalone jar writes every console line as one JSON object; a line
 * written while a request is served carries that request's id (the caller's {@code X-Request-Id},
 * echoed in the answer, or a generated one), and no line holds a password or the internal secret.
 */
class StructuredLogIT {

    @Test
    void jsonLinesCarryTheRequestIdAndNoSecret() throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        Path log = target.resolve("structured-log.log");
        Path data = Files.createTempDirectory(target, "structured-log-data-");
        int port = LaunchedJars.freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", target.resolve("budget-ledger.jar").toString());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("LEDGER_") || name.equals("LOG_FORMAT"));
        environment.putAll(Map.of("LOG_FORMAT", "json", "SERVER_PORT", Integer.toString(port), "LEDGER_DATA_DIR", data.toString(),
                "LEDGER_EMBEDDED_DURABLE", "false", "LEDGER_ADMIN_PASSWORD", TestUsers.ADMIN_PASSWORD,
                "LEDGER_INTERNAL_SECRET", LaunchedJars.INTERNAL_SECRET));
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        Process process = builder.start();
        try {
            Http http = new Http(port);
            LaunchedJars.awaitHealthy("standalone with LOG_FORMAT=json", http, process, log);
            // A journal logs its summary in the request's thread: one line with the request's id.
            String journal = "{\"command\":\"OpenLedger\",\"requestId\":\"log-open\",\"unitCode\":\"LOGS\",\"unitName\":\"日志测试单位\","
                    + "\"fiscalYear\":2023}\n";
            Http.Answer answer = http.post("/api/v1/journal", "application/x-ndjson", journal);
            assertThat(answer.status()).isEqualTo(200);
            Http.Answer traced = send(http, port, "/api/v1/journal", journal, "it-request-4711");
            assertThat(traced.headers().get("X-Request-Id")).containsExactly("it-request-4711");
            Http.Answer generated = http.get("/api/v1/me");
            assertThat(generated.headers().get("X-Request-Id").get(0)).matches("[0-9a-f-]{36}");
            LaunchedJars.pause(500);

            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
            // The first start's notice about the admin user goes to standard output by design, as plain text and not
            // as a log line, so that a random password it may carry is never collected with the logs (README).
            List<String> notJson = lines.stream().filter(line -> !line.startsWith("{") && !line.startsWith("budget-ledger: ")).toList();
            assertThat(notJson).as("lines that are not JSON").isEmpty();
            JsonNode summary = lines.stream().filter(line -> line.startsWith("{")).map(Http.JSON::readTree)
                    .filter(node -> node.path("message").asString().contains("done, 1 lines"))
                    .filter(node -> node.path("requestId").asString().equals("it-request-4711"))
                    .findFirst().orElseThrow(() -> new AssertionError("no journal line with the request id in " + log));
            assertThat(summary.path("log").path("level").asString()).isEqualTo("INFO");
            String all = String.join("\n", lines);
            assertThat(all).doesNotContain(TestUsers.ADMIN_PASSWORD, TestUsers.PASSWORD, LaunchedJars.INTERNAL_SECRET, "{bcrypt}");
        } finally {
            LaunchedJars.stop(process);
        }
    }

    private static Http.Answer send(Http http, int port, String path, String body, String requestId) {
        try {
            java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                            .header("Content-Type", "application/x-ndjson").header("X-Request-Id", requestId)
                            .header("Authorization", TestUsers.basic(TestUsers.DEFAULT, TestUsers.PASSWORD))
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            return new Http.Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
