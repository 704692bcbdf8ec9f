package org.budgetledger.standalone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line {@code lint FILE.txt} in this process, without Spring: the table and the summary
 * printed for the two seeds, the exit status (1 with an ERROR, 0 without, 2 when nothing was linted)
 * and a one-line reason on standard error for each usage or file error.
 */
class LintCommandTest {

    @TempDir
    Path directory;

    /** What one run printed and answered. */
    record Run(int status, String out, String err) {
    }

    static Run run(Map<String, String> environment, InputStream in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new LintCommand(in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment).execute(args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return run(Map.of(), new ByteArrayInputStream(new byte[0]), args);
    }

    /** A seed copied into the test resources, as a file path. */
    static String seed(String name) {
        try {
            return Path.of(LintCommandTest.class.getClassLoader().getResource("lint/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static final String ZHUZHOU = "zhuzhou-traffic-police-2023-final-accounts.txt";
    static final String YANLING = "yanling-traffic-police-2023-performance-report.txt";

    /** The printed row of a finding: the rule, its severity and its line, in this order, as the table's first columns. */
    static String row(String output, String rule, String severity, int line) {
        return output.lines().filter(l -> l.matches(rule + " +" + severity + " +" + line + " .*")).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + rule + " " + severity + " " + line + " in:\n" + output));
    }

    @Test
    void theZhuzhouTextPrintsItsFourErrorsAndExitsOne() {
        Run run = run(seed(ZHUZHOU));

        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().findFirst()).hasValueSatisfying(heading ->
                assertThat(heading).matches("RULE +SEVERITY +LINE +STATED +COMPUTED +MESSAGE"));
        String meeting = row(run.out(), "NARRATIVE_TABLE", "ERROR", 539);
        assertThat(meeting).matches(".* 1\\.39 +0\\.82 +.*会议费.*");
        assertThat(row(run.out(), "NARRATIVE_PERCENT", "ERROR", 715)).contains("100%", "85.60%");
        assertThat(row(run.out(), "NARRATIVE_PERCENT", "ERROR", 447)).contains("514.5%");
        assertThat(row(run.out(), "NARRATIVE_COMPARISON", "ERROR", 509)).contains("公务接待费");
        assertThat(run.out().lines().filter(l -> l.matches("\\S+ +ERROR +.*"))).hasSize(4);
        String summary = run.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(summary).startsWith(seed(ZHUZHOU) + ": 4 ERROR, 3 WARNING, 17 INFO (FINAL_ACCOUNTS, tables 01");
        assertThat(summary).doesNotContain("reconciled");
    }

    @Test
    void theYanlingTextPrintsItsSharesAndItsTotal() {
        Run run = run(seed(YANLING));

        assertThat(run.status()).isEqualTo(1);
        assertThat(row(run.out(), "NARRATIVE_SHARES_SUM", "ERROR", 12)).contains("102.99%");
        assertThat(row(run.out(), "NARRATIVE_PARTS_SUM", "ERROR", 12)).contains("1110.98", "1110.87");
        assertThat(run.out()).contains(": 3 ERROR, 7 WARNING, ").contains("SELF_EVALUATION");
    }

    @Test
    void theColumnsLineUpAcrossChineseFigures() {
        String out = run(seed(ZHUZHOU)).out();
        String heading = out.lines().findFirst().orElseThrow();
        int messageColumn = FindingsTable.width(heading.substring(0, heading.indexOf("MESSAGE")));
        out.lines().skip(1).filter(l -> l.matches("[A-Z_]+ +(ERROR|WARNING|INFO) .*")).forEach(l -> {
            int cells = 0;
            int i = 0;
            while (cells < messageColumn && i < l.length()) {
                cells += FindingsTable.width(l.substring(i, i + 1));
                i++;
            }
            assertThat(cells).as(l).isEqualTo(messageColumn);
            assertThat(l.charAt(i - 1)).as(l).isEqualTo(' ');
        });
    }

    @Test
    void aTextWithoutErrorsExitsZeroAndStandardInputIsRead() {
        Run run = run(Map.of(), new ByteArrayInputStream("本单位2023年度部门决算\n".getBytes(StandardCharsets.UTF_8)), "-");

        assertThat(run.status()).as(run.out() + run.err()).isEqualTo(0);
        assertThat(run.out()).contains("(standard input): 0 ERROR");
    }

    @Test
    void aUsageErrorExitsTwoWithTheUsage() {
        for (String[] args : new String[][] {{}, {"--bogus", "a.txt"}, {"a.txt", "b.txt"}, {"a.txt", "--ledger"},
                {"a.txt", "--ledger", "ZZJJ"}, {"a.txt", "--url", "http://localhost:1"}}) {
            Run run = run(args);
            assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().strip().lines()).as("one line: %s", run.err()).hasSize(1);
            assertThat(run.err()).startsWith("lint: ");
        }
        assertThat(run().err()).contains("FILE is missing", "usage: java -jar budget-ledger.jar lint FILE.txt");
        assertThat(run("--help").status()).isEqualTo(0);
    }

    @Test
    void aFileThatCannotBeLintedExitsTwoWithOneLineSayingWhy() throws IOException {
        Path binary = write("report.pdf", new byte[] {'%', 'P', 'D', 'F', 0, (byte) 0xff, (byte) 0xfe, 1, 2});
        Path empty = write("empty.txt", new byte[0]);
        Path letter = write("letter.txt", "各位同事：周五下午开会。".getBytes(StandardCharsets.UTF_8));
        Path large = write("large.txt", "部门决算\n".repeat(300_000).getBytes(StandardCharsets.UTF_8));

        assertThat(refusal(directory.resolve("missing.txt").toString())).contains("cannot read", "no such file");
        assertThat(refusal(binary.toString())).contains("is not UTF-8 text", "pdftotext");
        assertThat(refusal(empty.toString())).contains("is empty");
        assertThat(refusal(letter.toString())).contains("neither a 部门决算");
        assertThat(refusal(large.toString())).contains("2097152 bytes at most");
        assertThat(refusal(directory.toString())).contains("is a directory");
    }

    @Test
    void aLedgerWithoutCredentialsExitsTwoBeforeSendingAnything() {
        Run run = run(Map.of("LEDGER_URL", "http://localhost:1"), new ByteArrayInputStream(new byte[0]), seed(ZHUZHOU),
                "--ledger", "ZZJJ/2023");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("set LEDGER_USER and LEDGER_PASSWORD", "http://localhost:1");
    }

    @Test
    void noServiceAtTheUrlExitsTwo() {
        Run run = run(Map.of("LEDGER_USER", "someone", "LEDGER_PASSWORD", "not-shown-0123"), new ByteArrayInputStream(new byte[0]),
                seed(ZHUZHOU), "--ledger=ZZJJ/2023", "--url=http://127.0.0.1:1");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("no service answers at http://127.0.0.1:1").doesNotContain("not-shown-0123");
    }

    private String refusal(String file) {
        Run run = run(file);
        assertThat(run.status()).as(file + ": " + run.out() + run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip().lines()).as("one line: %s", run.err()).hasSize(1);
        return run.err();
    }

    private Path write(String name, byte[] bytes) {
        try {
            return Files.write(directory.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
