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
 * whichever test needs it first, through {@code POST /api/v1/journal} as a client would; and the
 * second demo ledger (炎陵县公安局交通警察大队 2023), loaded the same way by the tests that ask for it.
 */
final class DemoLedger {

    static final String JOURNAL = "demo/zhuzhou-traffic-police-2023.ndjson";
    static final String UNIT = "ZZJJ";
    static final int YEAR = 2023;
    /** 462 lines of the final accounts (the close last but for the results), 5 of targets, 32 of results after the close. */
    static final int LINES = 509;
    static final String PATH = "/api/v1/ledgers/" + UNIT + "/" + YEAR;

    static final String YANLING_JOURNAL = "demo/yanling-traffic-police-2023.ndjson";
    static final String YANLING_UNIT = "YLJJ";
    static final int YANLING_LINES = 136;
    static final String YANLING_PATH = "/api/v1/ledgers/" + YANLING_UNIT + "/" + YEAR;

    private static final Duration CATCH_UP = Duration.ofSeconds(120);
    private static JsonNode firstLoad;
    private static JsonNode firstYanlingLoad;

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

    /** The same for the Yanling ledger. */
    static synchronized JsonNode loadYanling(Http http, ProjectionPositions projections) {
        if (firstYanlingLoad == null) {
            Http.Answer answer = http.post("/api/v1/journal", "application/x-ndjson", journal(YANLING_JOURNAL));
            if (answer.status() != 200) {
                throw new AssertionError("POST /api/v1/journal answered " + answer.status() + ": " + answer.text());
            }
            firstYanlingLoad = answer.json();
            awaitReadSide(projections, YANLING_UNIT, YEAR, YANLING_LINES);
        }
        return firstYanlingLoad;
    }

    static String journal() {
        return journal(JOURNAL);
    }

    static String journal(String resource) {
        try (InputStream in = DemoLedger.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
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
