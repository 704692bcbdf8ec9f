package org.budgetledger.embedded;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The data directory cannot take the embedded PostgreSQL: it cannot be created or written (a
 * read-only disk or directory, another owner), or its disk is all but full. Found before the
 * server is started, so that the process stops with one line that names the directory and what to
 * do, instead of PostgreSQL's own failure deep in a stack trace.
 */
public final class DataDirectoryUnusable extends IllegalStateException {

    /** Exit status of the standalone process refused for its data directory. */
    public static final int EXIT_STATUS = 3;
    /** Below this much free space the write-ahead log of a start (16 MB segments, a checkpoint) may not fit. */
    static final long MINIMUM_FREE_BYTES = 256L * 1024 * 1024;

    DataDirectoryUnusable(String message) {
        super(message);
    }

    /** Checks that {@code directory} exists or can be created, can be written, and has room. */
    static void check(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
        } catch (IOException | SecurityException e) {
            throw new DataDirectoryUnusable("The data directory " + absolute + " cannot be created (" + describe(e)
                    + "): set LEDGER_DATA_DIR to a writable directory");
        }
        Path probe = absolute.resolve(".ledger-write-check");
        try {
            Files.deleteIfExists(probe);
            Files.writeString(probe, "a start of the ledger checks that it can write here\n");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new DataDirectoryUnusable("The data directory " + absolute + " is not writable (" + describe(e)
                    + "): make it writable for this user or set LEDGER_DATA_DIR to a writable directory");
        }
        try {
            FileStore store = Files.getFileStore(absolute);
            long free = store.getUsableSpace();
            if (free < MINIMUM_FREE_BYTES) {
                throw new DataDirectoryUnusable("The disk of the data directory " + absolute + " is full (" + free / (1024 * 1024)
                        + " MB free, at least " + MINIMUM_FREE_BYTES / (1024 * 1024) + " MB needed): free space or set LEDGER_DATA_DIR to another disk");
            }
        } catch (IOException e) {
            // The free space cannot be told on this file system: PostgreSQL will say so itself if it runs out.
        }
    }

    private static String describe(Exception e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return kind.isBlank() ? String.valueOf(e.getMessage()) : kind;
    }

    /** Spring Boot's report of the refusal: the one line and no stack trace. */
    public static final class Analyzer extends AbstractFailureAnalyzer<DataDirectoryUnusable> {
        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryUnusable cause) {
            return new FailureAnalysis(cause.getMessage(), "Set LEDGER_DATA_DIR to a writable directory on a disk with free space.", cause);
        }
    }
}
