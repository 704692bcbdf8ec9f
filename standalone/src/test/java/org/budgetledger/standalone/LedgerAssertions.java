package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Assertions every scenario ends with. */
public final class LedgerAssertions {

    private LedgerAssertions() {
    }

    /**
     * The ledger's published tables satisfy every identity of domain.md: {@code GET …/checks}
     * answers {@code passed: true} and each check passed. A failure lists every failing check
     * with both sides and where it breaks.
     */
    public static void assertLedgerConsistent(Http http, String unit, int year) {
        assertLedgerConsistent(http, unit, year, "");
    }

    /** The same for a view of the ledger: {@code query} is {@code asOf=…} and/or {@code knownAt=…}. */
    public static void assertLedgerConsistent(Http http, String unit, int year, String query) {
        JsonNode answer = http.getJson("/api/v1/ledgers/" + unit + "/" + year + "/checks" + (query.isEmpty() ? "" : "?" + query));
        List<String> failed = new ArrayList<>();
        for (JsonNode check : answer.get("checks")) {
            if (!check.get("passed").asBoolean()) {
                failed.add(check.get("name").asString() + ": expected " + check.get("expected").asString() + ", actual "
                        + check.get("actual").asString() + " (" + check.get("detail").asString() + ")");
            }
        }
        assertThat(failed).as("failed consistency checks of %s/%s %s", unit, year, query).isEmpty();
        assertThat(answer.get("checks").size()).as("number of consistency checks").isPositive();
        assertThat(answer.get("passed").asBoolean()).as("passed of %s/%s", unit, year).isTrue();
    }
}
