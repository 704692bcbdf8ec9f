package org.budgetledger.query.narrative;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes a ledger's 情况说明 from its books, as of a day and as known at an instant (either null
 * for "now"), the way its tables are computed.
 */
public interface NarrativeGenerator {

    Narrative generate(String unitCode, int fiscalYear, LocalDate asOf, Instant knownAt);
}
