package org.budgetledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;
import org.budgetledger.line.LineMovement;
import org.budgetledger.publication.StatementKind;

/**
 * A unit stated facts its books do not hold (see {@link StatementKind}), replacing its previous
 * statement of the same kind. {@code figures} maps each named figure to its value as a decimal
 * string: a count for {@code ASSETS}, an amount in yuan with 2 decimals for {@code PRIOR_YEAR}.
 *
 * <p>Like every ledger event it carries the request that caused it ({@code requestId} and a
 * fingerprint of the request's content), who recorded it and when, and its effective date.
 */
@Revision("1")
public record StatementRecorded(
    String ledgerId,
    StatementKind kind,
    Map<String, String> figures,
    LocalDate effectiveDate,
    String requestId,
    String requestFingerprint,
    String recordedBy,
    Instant recordedAt) implements LedgerEvent {

    /** None: a statement is a fact beside the books, it moves no line. */
    @Override
    public List<LineMovement> lineMovements() {
        return List.of();
    }
}
