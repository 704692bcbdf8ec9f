package org.budgetledger.standalone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Map;
import org.budgetledger.standalone.StandaloneTestSupport;
import org.budgetledger.standalone.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * {@code lint FILE.txt --ledger ZZJJ/2023 --url …}: the text is sent to the running service as the user
 * of {@code LEDGER_USER}/{@code LEDGER_PASSWORD}, a VIEWER of the unit and nothing more, and the
 * answer, reconciled with the demo ledger, is printed as the local lint is. A wrong password or a
 * ledger the user may not read is a one-line refusal that never shows the password.
 */
class LintCommandLedgerTest extends StandaloneTestSupport {

    private static final String VIEWER = "cli-zzjj-viewer";

    private Map<String, String> as(String user, String password) {
        return Map.of("LEDGER_USER", user, "LEDGER_PASSWORD", password, "LEDGER_URL", "http://localhost:" + port);
    }

    private LintCommandTest.Run lint(Map<String, String> environment, String... args) {
        return LintCommandTest.run(environment, new ByteArrayInputStream(new byte[0]), args);
    }

    @Test
    void reconcilingWithTheDemoLedgerPrintsTheLedgersFindingsToo() {
        loadDemoLedger();
        TestUsers.ensure(http, VIEWER, "ZZJJ:VIEWER");

        LintCommandTest.Run run = lint(as(VIEWER, TestUsers.PASSWORD), LintCommandTest.seed(LintCommandTest.ZHUZHOU),
                "--ledger", "ZZJJ/2023");

        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(LintCommandTest.row(run.out(), "LEDGER_NARRATIVE", "ERROR", 539)).contains("1.39", "0.82");
        assertThat(LintCommandTest.row(run.out(), "NARRATIVE_TABLE", "ERROR", 539)).contains("会议费");
        assertThat(run.out().lines().filter(l -> l.matches("\\S+ +ERROR +.*"))).hasSize(7);
        assertThat(run.out()).contains("reconciled with ZZJJ/2023").doesNotContain(TestUsers.PASSWORD);
    }

    @Test
    void aWrongPasswordIsRefusedWithoutShowingIt() {
        TestUsers.ensure(http, VIEWER, "ZZJJ:VIEWER");

        LintCommandTest.Run run = lint(as(VIEWER, "wrong-password-4711"), LintCommandTest.seed(LintCommandTest.ZHUZHOU),
                "--ledger", "ZZJJ/2023", "--url", "http://localhost:" + port + "/");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("did not accept the credentials of LEDGER_USER " + VIEWER, "401");
        assertThat(run.out() + run.err()).doesNotContain("wrong-password-4711");
    }

    @Test
    void aLedgerTheUserMayNotReadIsRefused() {
        TestUsers.ensure(http, "cli-other-viewer", "ELSEWHERE:VIEWER");

        LintCommandTest.Run run = lint(as("cli-other-viewer", TestUsers.PASSWORD), LintCommandTest.seed(LintCommandTest.ZHUZHOU),
                "--ledger", "ZZJJ/2023");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("lint: the service at http://localhost:" + port + " answered 404: LEDGER_NOT_FOUND");
        assertThat(run.out()).isEmpty();
    }
}
