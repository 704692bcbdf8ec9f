package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A standalone start on a data directory it cannot write stops at once with one line naming the
 * directory and exit status 3, not a PostgreSQL failure in a stack trace. The process runs as
 * {@code nobody} (root writes anywhere), on a directory owned by root without write permission.
 */
class UnusableDataDirectoryIT {

    @Test
    void aReadOnlyDataDirectoryStopsTheStartWithOneLineAndStatus3() throws Exception {
        Path directory = Files.createTempDirectory("ledger-read-only-");
        Path data = directory.resolve("data");
        Files.createDirectories(data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jar = Path.of("target/budget-ledger.jar").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(List.of("runuser", "-u", "nobody", "--",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar", jar.toString()));
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("LEDGER_"));
        environment.put("LEDGER_DATA_DIR", data.toString());
        environment.put("SERVER_PORT", Integer.toString(LaunchedJars.freePort()));
        builder.directory(directory.toFile()).redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        try {
            assertThat(process.exitValue()).as(output).isEqualTo(3);
            List<String> lines = output.lines().toList();
            assertThat(lines.get(lines.size() - 1)).isEqualTo("The data directory " + data + " is not writable (access denied): "
                    + "make it writable for this user or set LEDGER_DATA_DIR to a writable directory");
            assertThat(output).doesNotContain("\tat ");
        } finally {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.delete(data);
            Files.delete(directory);
        }
    }
}
