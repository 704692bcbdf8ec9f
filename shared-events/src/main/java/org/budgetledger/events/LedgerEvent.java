package org.budgetledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.budgetledger.line.LineMovement;

/**
 * An entry of a unit's ledger for one fiscal year, as stored. Every ledger event carries the
 * request that caused it ({@code requestId} and a fingerprint of the request's content, so that a
 * repeat is recognised even after a restart), who recorded it and when, its effective (business)
 * date, and says which movements it makes on which lines.
 *
 * <p>Sealed, so that a handler can name "every ledger event" (the directory's entry count does)
 * and a switch over them is checked for completeness. The implementations are records whose
 * components are exactly what is stored: their other methods compute from the components, are
 * not named like bean getters ({@code getX}, {@code isX}) and so are not serialized, and never
 * fail, so that old events always load and always apply.
 */
public sealed interface LedgerEvent permits LedgerOpened, FundsAppropriated, BudgetAdjusted, RevenueRecorded,
        ExpenditureRecorded, ExpenditureReversed, ThreePublicBudgetSet, YearClosed, BudgetTransferred, PaymentRequested,
        PaymentApproved, PaymentRequestRejected, PerformanceTargetsSet, PerformanceResultRecorded,
        ControlBudgetSet, StatementRecorded {

    /** The ledger, {@code "<unitCode>/<year>"} (see {@link LedgerIds}); the aggregate's identifier. */
    String ledgerId();

    LocalDate effectiveDate();

    String requestId();

    String requestFingerprint();

    String recordedBy();

    Instant recordedAt();

    /**
     * What the entry does to lines, in the order the read model lists them: the one statement of
     * it that the aggregate and the projections apply. Empty for an entry that touches no line.
     */
    List<LineMovement> lineMovements();
}
