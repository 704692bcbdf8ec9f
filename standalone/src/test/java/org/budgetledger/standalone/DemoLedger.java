package org.budgetledger.standalone;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.budgetledger.query.directory.LedgerDirectoryProjection;
import org.budgetledger.query.entries.LedgerEntryProjection;
import org.budgetledger.query.entries.ProjectionPositions;
import tools.jackson.databind.JsonNode;

/**
 * The demo year (株洲市公安局交通警察支队 2023), loaded into the test JVM's database once, by
 * whichever test needs it first, through {@code POST /api/v1/journal} as a client would.
 */
final class DemoLedger {

    static final String JOURNAL = "demo/zhuzhou-traffic-police-2023.ndjson";
    static final String UNIT = "ZZJJ";
    static final int YEAR = 2023;
    static final int LINES = 462;
    static final String PATH = "/api/v1/ledgers/" + UNIT + "/" + YEAR;

    private static final Duration CATCH_UP = Duration.ofSeconds(120);
    private static JsonNode firstLoad;

    private DemoLedger() {
    }

    /**
     * Posts the journal unless this JVM already has, waits for the read side, and answers the
     * journal's answer to the first load.
     */
    static synchronized JsonNode load(Http http, ProjectionPositions projections) {
        if (firstLoad == null) {
            Http.Answer answer = http.post("/api/v1/journal", "application/x-ndjson", journal());
            if (answer.status() != 200) {
                throw new AssertionError("POST /api/v1/journal answered " + answer.status() + ": " + answer.text());
            }
            firstLoad = answer.json();
            awaitReadSide(projections, UNIT, YEAR, LINES);
        }
        return firstLoad;
    }

    static String journal() {
        try (InputStream in = DemoLedger.class.getClassLoader().getResourceAsStream(JOURNAL)) {
            if (in == null) {
                throw new IllegalStateException(JOURNAL + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until both read models have applied entry {@code sequence} of the ledger. This is
     * setup, not the behaviour under test, so it allows far longer than {@code minSequence} does.
     */
    static void awaitReadSide(ProjectionPositions projections, String unit, int year, long sequence) {
        String ledgerId = unit + "/" + year;
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (projections.of(LedgerEntryProjection.NAME, ledgerId) < sequence
                || projections.of(LedgerDirectoryProjection.NAME, ledgerId) < sequence) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The read side did not apply entry " + sequence + " of " + ledgerId
                        + " within " + CATCH_UP.toSeconds() + " s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
