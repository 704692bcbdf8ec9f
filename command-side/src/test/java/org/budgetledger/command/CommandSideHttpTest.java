package org.budgetledger.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.budgetledger.platform.problem.ProblemStatus;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * End-to-end tests of the command side: HTTP against the running application and its embedded
 * PostgreSQL. Every HTTP test class extends this one and adds no configuration of its own, so
 * that they all share one Spring context. Tests keep apart by using their own unit codes.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class CommandSideHttpTest {

    private static final AtomicInteger UNITS = new AtomicInteger();

    @LocalServerPort
    private int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected LedgerApi api;
    protected EventRows events;

    @BeforeEach
    void connect() {
        api = new LedgerApi(port);
        events = new EventRows(jdbc);
    }

    /** Opens the unit's 2023 ledger. */
    protected void open2023(String unit) {
        Answer answer = api.openLedger(Requests.openLedger("open-" + unit, unit, 2023));
        assertThat(answer.status()).as("opening %s/2023: %s", unit, answer).isEqualTo(201);
    }

    /** Opens the unit's 2023 ledger with an initial appropriation on the general budget's basic line. */
    protected void open2023WithBasicBudget(String unit, String amount) {
        open2023(unit);
        accepted(api.command(unit, 2023, "appropriations",
                Requests.appropriation("app-" + unit, Requests.generalBasicLine(), amount)));
    }

    /** Checks that a command was accepted and returns its answer. */
    protected static Answer accepted(Answer answer) {
        assertThat(answer.status()).as("answer %s", answer).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        return answer;
    }

    /** A unit code no other test uses, such as {@code EXP-12}. */
    public static String newUnit(String prefix) {
        return prefix + "-" + UNITS.incrementAndGet();
    }

    /**
     * Sends a request that must be refused, checks the problem+json answer and that the ledger's
     * events are exactly as many as before.
     */
    protected Answer refused(String ledgerId, ErrorCode code, Supplier<Answer> request) {
        long before = events.count(ledgerId);
        Answer answer = request.get();
        assertProblem(answer, code);
        assertThat(events.count(ledgerId)).as("events of %s after a refused request", ledgerId).isEqualTo(before);
        return answer;
    }

    /** Checks an RFC 9457 problem answer: content type, type, title, status, detail and code. */
    public static void assertProblem(Answer answer, ErrorCode code) {
        assertThat(answer.status()).as("status of %s", answer).isEqualTo(ProblemStatus.of(code));
        assertThat(answer.contentType()).as("content type of %s", answer).startsWith("application/problem+json");
        assertThat(answer.text("type")).as("type of %s", answer).isEqualTo("https://budget-ledger.org/problems/" + code.name().toLowerCase().replace('_', '-'));
        assertThat(answer.text("title")).isEqualTo(code.title());
        assertThat(answer.body().path("status").asInt()).isEqualTo(ProblemStatus.of(code));
        assertThat(answer.text("detail")).isNotBlank();
        assertThat(answer.text("code")).isEqualTo(code.name());
    }
}
