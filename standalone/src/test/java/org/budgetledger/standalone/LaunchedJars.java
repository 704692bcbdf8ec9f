package org.budgetledger.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The integration tests' way of running the packaged {@code command-side.jar} and
 * {@code query-side.jar}: a child JVM each, configured only by environment variables, its output
 * in a log under {@code target/}.
 */
final class LaunchedJars {

    /** A start takes 20-50 s alone; four JVMs starting together on 2 busy cores have taken over 3 minutes. */
    static final Duration STARTUP = Duration.ofSeconds(300);
    /** The secret every process of a test shares, with which the UI asserts its user to the command side. */
    static final String INTERNAL_SECRET = "a-secret-both-sides-of-this-test-share-0123456789";

    private LaunchedJars() {
    }

    static Process launch(Path jar, int port, String jdbcUrl, Path log, Map<String, String> more) throws IOException {
        return launch(jar, port, jdbcUrl, log, more, List.of());
    }

    /** The same with more JVM options, e.g. for a quicker start. */
    static Process launch(Path jar, int port, String jdbcUrl, Path log, Map<String, String> more, List<String> jvmOptions)
            throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.normalize() + " is missing: package command-side and query-side first");
        }
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dfile.encoding=UTF-8"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.normalize().toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        environment.put("SERVER_PORT", Integer.toString(port));
        environment.put("SPRING_DATASOURCE_URL", jdbcUrl);
        environment.put("SPRING_DATASOURCE_USERNAME", "postgres");
        environment.put("SPRING_DATASOURCE_PASSWORD", "");
        environment.put("LEDGER_ADMIN_PASSWORD", TestUsers.ADMIN_PASSWORD);
        environment.put("LEDGER_INTERNAL_SECRET", INTERNAL_SECRET);
        environment.putAll(more);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return builder.start();
    }

    static void awaitHealthy(String name, Http http, Process process, Path log) {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + "; see " + log + "\n" + tail(log));
            }
            try {
                Http.Answer health = http.get("/actuator/health");
                if (health.status() == 200 && health.json().get("status").asString().equals("UP")) {
                    return;
                }
            } catch (UncheckedIOException notListeningYet) {
                // The process has not opened its port yet.
            }
            pause(500);
        }
        throw new AssertionError(name + " was not UP within " + STARTUP.toSeconds() + " s; see " + log + "\n" + tail(log));
    }

    static void stop(Process process) throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
