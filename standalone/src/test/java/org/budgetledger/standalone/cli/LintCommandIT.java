package org.budgetledger.standalone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code budget-ledger.jar} run as a user runs it, {@code java -jar budget-ledger.jar lint
 * FILE.txt}: it lints in a few seconds and exits with the status of what it found, without starting
 * Spring, a web server or a database (no datasource is configured and none is started).
 */
class LintCommandIT {

    private static final Path JAR = Path.of("target", "budget-ledger.jar").toAbsolutePath();

    @TempDir
    Path workingDirectory;

    record Exit(int status, String out, String err) {
    }

    private Exit launch(String... args) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: package the standalone module first");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", JAR.toString(), "lint"));
        command.addAll(List.of(args));
        Path out = workingDirectory.resolve("out.txt");
        Path err = workingDirectory.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("LEDGER_"));
        Process process = builder.start();
        try {
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("lint exits within 90 s").isTrue();
        } finally {
            process.destroyForcibly();
        }
        return new Exit(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarLintsTheZhuzhouTextWithoutStartingTheService() throws IOException, InterruptedException {
        Exit exit = launch(LintCommandTest.seed(LintCommandTest.ZHUZHOU));

        assertThat(exit.status()).as(exit.err()).isEqualTo(1);
        assertThat(LintCommandTest.row(exit.out(), "NARRATIVE_TABLE", "ERROR", 539)).contains("1.39", "0.82", "会议费");
        assertThat(exit.out()).contains(": 4 ERROR, 3 WARNING, 17 INFO");
        assertThat(exit.out() + exit.err()).doesNotContain("Spring Boot", "Tomcat", "PostgreSQL", "Started");
        assertThat(Files.exists(workingDirectory.resolve("data"))).as("no data directory made").isFalse();
    }

    @Test
    void theJarPrintsTheYanlingShares() throws IOException, InterruptedException {
        Exit exit = launch(LintCommandTest.seed(LintCommandTest.YANLING));

        assertThat(exit.status()).isEqualTo(1);
        assertThat(LintCommandTest.row(exit.out(), "NARRATIVE_SHARES_SUM", "ERROR", 12)).contains("102.99%");
    }

    @Test
    void aUsageErrorExitsTwoInOneLine() throws IOException, InterruptedException {
        Exit exit = launch();

        assertThat(exit.status()).isEqualTo(2);
        assertThat(exit.out()).isEmpty();
        assertThat(exit.err().strip().lines()).as(exit.err()).hasSize(1);
        assertThat(exit.err()).startsWith("lint: FILE is missing; usage: java -jar budget-ledger.jar lint FILE.txt");
    }
}
