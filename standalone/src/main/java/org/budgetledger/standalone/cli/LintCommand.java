package org.budgetledger.standalone.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.budgetledger.query.lint.LintAnswer;
import org.budgetledger.query.lint.PublishedText;
import org.budgetledger.query.lint.ReportLinter;
import org.budgetledger.rejection.LedgerRejection;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar budget-ledger.jar lint FILE.txt [--ledger UNIT/YEAR [--url URL]]}: the lint of a
 * published report from the command line, printed as a table.
 *
 * <p>Without {@code --ledger} the text is linted in this process by the pure {@link ReportLinter}: no
 * Spring, no web server, no database. With {@code --ledger} the figures are reconciled with a ledger,
 * which only a running service holds: the text is sent to its {@code POST /api/v1/lint?ledger=} as
 * the user {@code LEDGER_USER} with the password {@code LEDGER_PASSWORD} (environment variables, so
 * that the password is never on the command line), and its answer printed the same way.
 *
 * <p>Exit status: 0 no ERROR found, 1 some ERROR found, 2 nothing linted (a usage error, a file
 * that cannot be read or is not the text of a published report, or a service that cannot be
 * reached or refuses), with one line on standard error saying why.
 */
public final class LintCommand {

    public static final int NO_ERROR = 0;
    public static final int ERRORS_FOUND = 1;
    public static final int NOT_LINTED = 2;

    static final String DEFAULT_URL = "http://localhost:8080";
    static final String USAGE = "usage: java -jar budget-ledger.jar lint FILE.txt [--ledger UNIT/YEAR [--url URL]]"
            + "  (FILE - reads standard input; --ledger sends the text to the service at --url, default $LEDGER_URL or "
            + DEFAULT_URL + ", as $LEDGER_USER with $LEDGER_PASSWORD)";

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;

    LintCommand(InputStream in, PrintStream out, PrintStream err, Map<String, String> environment) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    /** Runs the command with the process's streams (printed as UTF-8) and environment; answers the exit status. */
    public static int run(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        return new LintCommand(System.in, out, err, System.getenv()).execute(args);
    }

    /** A usage error, an unreadable file or a refusal: said in one line, nothing linted. */
    private static final class NotLinted extends Exception {
        NotLinted(String message) {
            super(message);
        }
    }

    private record Arguments(String file, String ledger, String url, boolean help) {
    }

    int execute(String[] args) {
        try {
            Arguments arguments = parse(args);
            if (arguments.help()) {
                out.println(USAGE);
                return NO_ERROR;
            }
            String text = read(arguments.file());
            String source = arguments.file().equals("-") ? "(standard input)" : arguments.file();
            LintAnswer answer = arguments.ledger() == null ? local(text) : remote(text, arguments);
            FindingsTable.print(source, answer, out);
            return answer.hasErrors() ? ERRORS_FOUND : NO_ERROR;
        } catch (NotLinted e) {
            err.println("lint: " + e.getMessage());
            return NOT_LINTED;
        } catch (RuntimeException e) {
            err.println("lint: failed: " + e);
            return NOT_LINTED;
        }
    }

    private static Arguments parse(String[] args) throws NotLinted {
        String file = null;
        String ledger = null;
        String url = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                return new Arguments(null, null, null, true);
            } else if (arg.equals("--ledger") || arg.equals("--url")) {
                if (i + 1 >= args.length || args[i + 1].isBlank()) {
                    throw new NotLinted(arg + " needs a value; " + USAGE);
                }
                if (arg.equals("--ledger")) {
                    ledger = args[++i];
                } else {
                    url = args[++i];
                }
            } else if (arg.startsWith("--ledger=")) {
                ledger = arg.substring("--ledger=".length());
            } else if (arg.startsWith("--url=")) {
                url = arg.substring("--url=".length());
            } else if (arg.startsWith("-") && !arg.equals("-")) {
                throw new NotLinted("unknown option " + arg + "; " + USAGE);
            } else if (file == null) {
                file = arg;
            } else {
                throw new NotLinted("one FILE only (" + file + ", then " + arg + "); " + USAGE);
            }
        }
        if (file == null) {
            throw new NotLinted("FILE is missing; " + USAGE);
        }
        if (ledger != null && !ledger.strip().matches("[^/\\s]+/\\d{4}")) {
            throw new NotLinted("--ledger must be UNIT/YEAR, such as ZZJJ/2023 (was " + ledger + ")");
        }
        if (url != null && ledger == null) {
            throw new NotLinted("--url is for --ledger only: without a ledger the text is linted in this process");
        }
        return new Arguments(file, ledger == null ? null : ledger.strip(), url, false);
    }

    /** The file's text, refused as the API refuses it: empty, binary, more than 2 MiB. */
    private String read(String file) throws NotLinted {
        byte[] bytes;
        try {
            if (file.equals("-")) {
                bytes = in.readNBytes(PublishedText.MAX_BYTES + 1);
            } else {
                Path path = Path.of(file);
                if (Files.isDirectory(path)) {
                    throw new NotLinted(file + " is a directory, not a text file");
                }
                if (Files.size(path) > PublishedText.MAX_BYTES) {
                    throw new NotLinted(file + ": " + PublishedText.tooLarge(Files.size(path)).getMessage());
                }
                bytes = Files.readAllBytes(path);
            }
        } catch (NoSuchFileException e) {
            throw new NotLinted("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new NotLinted("cannot read " + file + ": " + e.getMessage());
        }
        try {
            return PublishedText.decode(bytes);
        } catch (LedgerRejection e) {
            throw new NotLinted(file + ": " + refusal(e));
        }
    }

    private static LintAnswer local(String text) throws NotLinted {
        try {
            return new ReportLinter().lint(text);
        } catch (LedgerRejection e) {
            throw new NotLinted(refusal(e));
        }
    }

    /** What a rejection says: a field's message without the API's field name ("body"), or the detail. */
    private static String refusal(LedgerRejection e) {
        return e.violations().size() == 1 ? e.violations().get(0).message() : e.getMessage();
    }

    private LintAnswer remote(String text, Arguments arguments) throws NotLinted {
        String base = arguments.url() != null ? arguments.url() : environment.getOrDefault("LEDGER_URL", DEFAULT_URL);
        base = base.strip().replaceAll("/+$", "");
        String user = environment.get("LEDGER_USER");
        String password = environment.get("LEDGER_PASSWORD");
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            throw new NotLinted("--ledger reconciles on the service at " + base
                    + ": set LEDGER_USER and LEDGER_PASSWORD to a user with a read grant on " + arguments.ledger());
        }
        URI uri;
        try {
            uri = URI.create(base + "/api/v1/lint?ledger=" + URLEncoder.encode(arguments.ledger(), StandardCharsets.UTF_8));
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
        } catch (IllegalArgumentException e) {
            throw new NotLinted("--url " + base + " is not an http(s) URL such as " + DEFAULT_URL);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "text/plain; charset=UTF-8").header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException | HttpTimeoutException e) {
            throw new NotLinted("no service answers at " + base + " (start one with java -jar budget-ledger.jar, or give --url)");
        } catch (IOException e) {
            throw new NotLinted("the service at " + base + " could not be asked: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotLinted("interrupted");
        }
        ObjectMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        if (response.statusCode() == 401) {
            throw new NotLinted("the service at " + base + " did not accept the credentials of LEDGER_USER " + user + " (401)");
        }
        if (response.statusCode() != 200) {
            String said = "";
            try {
                JsonNode problem = json.readTree(response.body());
                said = ": " + problem.path("code").asString("") + " " + problem.path("detail").asString("");
            } catch (JacksonException notAProblem) {
                // Not problem+json (a proxy's page, say): the status alone.
            }
            throw new NotLinted("the service at " + base + " answered " + response.statusCode() + said.stripTrailing());
        }
        try {
            return json.readValue(response.body(), LintAnswer.class);
        } catch (JacksonException e) {
            throw new NotLinted("the service at " + base + " answered something that is not a lint answer: " + e.getOriginalMessage());
        }
    }
}
