package org.budgetledger.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.commons.logging.Log;

/**
 * A PostgreSQL server that an earlier process left running on the data directory.
 *
 * <p>The embedded server runs as a process of its own ({@code pg_ctl start} detaches it), so a
 * JVM killed with SIGKILL leaves it running: it still holds the data directory and the next
 * start would fail ("gave up waiting for server to start"). Before a start, {@link #stopIfAny}
 * reads the directory's {@code postmaster.pid}: a live process whose command is {@code postgres}
 * is shut down (fast shutdown, which completes a checkpoint; every committed transaction is
 * kept); a {@code postmaster.pid} naming a dead or unrelated process is removed.
 *
 * <p>Whether the directory is still in use by a live ledger process is told by zonky's
 * {@code epg-lock} file, which the owning JVM keeps locked while it runs (the operating system
 * releases the lock when the JVM dies): a directory locked by another process is refused, never
 * stopped.
 */
final class LeftoverServer {

    static final String PID_FILE = "postmaster.pid";
    static final String LOCK_FILE = "epg-lock";

    private LeftoverServer() {
    }

    /** Stops the server left behind on {@code directory}, if there is one, and removes a stale pid file. */
    static void stopIfAny(Path directory, Duration timeout, Log log) {
        Path pidFile = directory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<Long> pid = readPid(pidFile);
        Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (process.isPresent() && isPostgresOn(process.get(), directory)) {
            stop(process.get(), directory, timeout, log);
        } else {
            log.warn("Removing the stale " + PID_FILE + " of the embedded PostgreSQL in " + directory + " ("
                    + pid.map(p -> "process " + p + (process.isPresent() ? " is not its PostgreSQL" : " is gone")).orElse("no process id in it")
                    + "), left by a server that did not shut down");
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the stale " + pidFile, e);
        }
    }

    /** Fails when another live process holds the directory's lock: its server is in use, not left behind. */
    static void refuseIfInUse(Path directory) {
        Path lockFile = directory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(directory);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw inUse(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not check whether " + lockFile + " is locked", e);
        }
    }

    private static IllegalStateException inUse(Path directory) {
        return new IllegalStateException("The embedded PostgreSQL data directory " + directory
                + " is in use by another running ledger process; stop it or set LEDGER_DATA_DIR to another directory");
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the process is a PostgreSQL server on {@code directory}, not another program (or
     * another PostgreSQL) that was given the process id again: its command is {@code postgres}
     * and, where the system tells, its working directory (a postmaster changes to its data
     * directory) or else its arguments name the directory.
     */
    static boolean isPostgresOn(ProcessHandle process, Path directory) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command()
                .map(command -> Path.of(command).getFileName().toString())
                .map(name -> name.equals("postgres") || name.equals("postgres.exe"))
                .orElse(false);
        if (!postgres) {
            return false;
        }
        Optional<Path> workingDirectory = workingDirectory(process);
        if (workingDirectory.isPresent()) {
            return sameFile(workingDirectory.get(), directory);
        }
        return info.arguments().map(arguments -> String.join(" ", arguments).contains(directory.toString())).orElse(true);
    }

    private static Optional<Path> workingDirectory(ProcessHandle process) {
        try {
            return Optional.of(Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd")));
        } catch (IOException | RuntimeException e) {
            // No /proc (not Linux), symbolic links not supported, or not allowed to look: fall back on the arguments.
            return Optional.empty();
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static void stop(ProcessHandle process, Path directory, Duration timeout, Log log) {
        log.warn("Found the embedded PostgreSQL (process " + process.pid() + ") still running on " + directory
                + ", left by a process that was killed; shutting it down (fast shutdown) before starting");
        long started = System.nanoTime();
        if (!interrupt(process)) {
            process.destroy();
        }
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The embedded PostgreSQL (process " + process.pid() + ") left running on " + directory
                    + " did not shut down within " + timeout.toSeconds() + " s (ledger.embedded.stop-timeout); stop it and start again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the embedded PostgreSQL left on " + directory + " to shut down", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not wait for the embedded PostgreSQL left on " + directory + " to shut down", e);
        }
        log.info("The embedded PostgreSQL left on " + directory + " shut down in "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
    }

    /** Asks for a fast shutdown (SIGINT: disconnect the sessions, checkpoint, exit); false when {@code kill} is not available. */
    private static boolean interrupt(ProcessHandle process) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
