package org.budgetledger.standalone;

import java.util.stream.Collectors;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.net.http.HttpResponse;
import java.net.http.HttpRequest;
import java.net.http.HttpClient;
import java.net.URLEncoder;
import java.net.URI;
import java.net.CookieManager;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.budgetledger.embedded.EmbeddedDatabase;
import org.budgetledger.embedded.EmbeddedDatabaseSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The split deployment: the command side and the query side as two processes (the packaged
 * {@code command-side.jar} and {@code query-side.jar}) on one PostgreSQL, configured only by the
 * environment variables of the HTTP contract. A command written to one is read from the other
 * with {@code minSequence}.
 */
class TwoProcessDeploymentIT {

    private static Path target;
    private static EmbeddedDatabase postgres;
    private static Process commandSide;
    private static Process querySide;
    private static Http commands;
    private static Http queries;
    private static String queryBase;

    @BeforeAll
    static void startBothSides() throws IOException {
        Path module = Path.of("").toAbsolutePath();
        target = module.resolve("target");
        // The jars have no embedded PostgreSQL: this test starts one (not durable: a test database)
        // and hands it to both through SPRING_DATASOURCE_URL.
        postgres = EmbeddedDatabase.start(new EmbeddedDatabaseSettings(target.resolve("it-data").toString(),
                new EmbeddedDatabaseSettings.Embedded(true, false, Duration.ofSeconds(60))));
        String url = postgres.jdbcUrl();
        int commandPort = LaunchedJars.freePort();
        int queryPort = LaunchedJars.freePort();
        commandSide = LaunchedJars.launch(module.resolve("../command-side/target/command-side.jar"), commandPort, url,
                target.resolve("command-side-it.log"), Map.of());
        // The query side serves the UI, whose forms send their commands to the command side.
        querySide = LaunchedJars.launch(module.resolve("../query-side/target/query-side.jar"), queryPort, url,
                target.resolve("query-side-it.log"), Map.of("LEDGER_COMMAND_URL", "http://localhost:" + commandPort));
        commands = new Http(commandPort);
        queryBase = "http://localhost:" + queryPort;
        queries = new Http(queryPort);
        LaunchedJars.awaitHealthy("command side", commands, commandSide, target.resolve("command-side-it.log"));
        LaunchedJars.awaitHealthy("query side", queries, querySide, target.resolve("query-side-it.log"));
    }

    @AfterAll
    static void stopBothSides() throws IOException, InterruptedException {
        try {
            LaunchedJars.stop(commandSide);
            LaunchedJars.stop(querySide);
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    @Test
    void anEntryWrittenToTheCommandSideIsReadFromTheQuerySide() {
        LedgerScenario ledger = new LedgerScenario(commands, "SPLIT", 2023);
        JsonNode opened = ledger.open("分离部署测试单位");
        assertThat(opened.get("ledger").asString()).isEqualTo("SPLIT/2023");
        ledger.appropriate(LedgerScenario.basicLine("2040201"), "250000.00", "测财〔2023〕1号", "2023-01-05");
        JsonNode spent = ledger.spend(LedgerScenario.basicLine("2040201"), "30201", "1000.00", "SPLIT-1", "2023-02-01");
        long sequence = spent.get("sequence").asLong();
        assertThat(sequence).isEqualTo(3);

        JsonNode lines = queries.getJson(ledger.ledgerPath() + "/lines?minSequence=" + sequence);
        assertThat(lines.get("sequence").asLong()).isEqualTo(sequence);
        JsonNode line = lines.get("lines").get(0);
        assertThat(line.get("initial").asString()).isEqualTo("250000.00");
        assertThat(line.get("spent").asString()).isEqualTo("1000.00");
        assertThat(line.get("available").asString()).isEqualTo("249000.00");

        JsonNode summary = queries.getJson(ledger.ledgerPath() + "?minSequence=" + sequence);
        assertThat(summary.get("unitName").asString()).isEqualTo("分离部署测试单位");
        assertThat(summary.get("status").asString()).isEqualTo("OPEN");
        assertThat(new ReportTable("03", queries.getJson(ledger.ledgerPath() + "/reports/03")).cell("2040201", "total"))
                .isEqualTo("0.10");
        LedgerAssertions.assertLedgerConsistent(queries, ledger.unit, ledger.year);
    }

    /**
     * A finance officer logs in to the UI on the query side and records an expenditure through its
     * form: the command side records it as theirs, and the form's answer shows the line after it.
     */
    @Test
    void anEntryMadeInTheUiOfTheQuerySideIsRecordedByTheCommandSideAsTheUsers() throws Exception {
        LedgerScenario ledger = new LedgerScenario(commands, "SPLIT-UI", 2023);
        ledger.open("分离部署界面测试单位");
        ledger.appropriate(LedgerScenario.basicLine("2040201"), "9000.00", "测财〔2023〕2号", "2023-01-05");
        TestUsers.ensure(commands, "split-ui-clerk", "SPLIT-UI:RECORDER");
        Browser browser = new Browser(queryBase);

        browser.logIn("split-ui-clerk", TestUsers.PASSWORD);
        String form = browser.get("/ledgers/SPLIT-UI/2023/entries/expenditure");
        HttpResponse<String> recorded = browser.post("/ledgers/SPLIT-UI/2023/entries/expenditure", Map.of(
                "_csrf", Browser.csrf(form), "requestId", "split-ui-e1", "fund", "GENERAL_BUDGET", "functionCode", "2040201",
                "nature", "BASIC", "economicCode", "30201", "amount", "250.00", "effectiveDate", "2023-03-01",
                "voucherNo", "SPLIT-UI-V1"));

        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.body()).contains("8750.00");
        JsonNode history = queries.getJson("/api/v1/ledgers/SPLIT-UI/2023/history?type=ExpenditureRecorded&minSequence=3");
        assertThat(history.get("entries").get(0).get("recordedBy").asString()).isEqualTo("split-ui-clerk");
        assertThat(history.get("entries").get(0).get("amount").asString()).isEqualTo("250.00");
    }

    @Test
    void eachSideServesOnlyItsOwnHalfOfTheContract() {
        assertThat(commands.get("/api/v1/ledgers").status()).as("the command side answers no queries").isIn(404, 405);
        Http.Answer command = queries.postJson("/api/v1/ledgers",
                "{\"requestId\":\"q-1\",\"unitCode\":\"NOPE\",\"unitName\":\"x\",\"fiscalYear\":2023}");
        assertThat(command.status()).as("the query side takes no commands").isIn(404, 405);
    }

    /** A browser of the UI, as far as this test needs one: a session cookie, the login form, a form post. */
    private static final class Browser {

        private final String base;
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();

        Browser(String base) {
            this.base = base;
        }

        static String csrf(String page) {
            Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
            if (!token.find()) {
                throw new AssertionError("no CSRF token in the page:\n" + page);
            }
            return token.group(1);
        }

        void logIn(String username, String password) throws Exception {
            String login = get("/login");
            HttpResponse<String> answer = post("/login", Map.of("_csrf", csrf(login), "username", username, "password", password));
            assertThat(answer.body()).as("logged in").contains(username);
        }

        String get(String path) throws Exception {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(answer.statusCode()).as("GET %s: %s", path, answer.body()).isEqualTo(200);
            return answer.body();
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

}
