package org.budgetledger.command.ledger;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetledger.events.BudgetAdjusted;
import org.budgetledger.events.ExpenditureRecorded;
import org.budgetledger.events.ExpenditureReversed;
import org.budgetledger.events.FundsAppropriated;
import org.budgetledger.events.LedgerEvent;
import org.budgetledger.events.PaymentApproved;
import org.budgetledger.events.PaymentRequestRejected;
import org.budgetledger.events.PaymentRequested;
import org.budgetledger.events.RevenueRecorded;

/**
 * The requests a ledger has applied, kept beside the event store instead of inside the ledger
 * aggregate, so that loading a ledger, its cache entry and its snapshots do not grow with every
 * request it has ever seen. An entry is written in the same transaction as the event the request
 * produced (so a rolled-back command leaves none), and a unique key on (ledger, request id)
 * settles a race between two processes. It is an index of the event stream: every entry can be
 * derived from its event ({@link Entry#of}), which is how an existing store is filled.
 */
public interface RequestLog {

    /** The request, if the ledger has applied it. */
    Optional<Entry> find(String ledgerId, String requestId);

    /** Whether a payment request of this id was ever raised in the ledger (pending, approved or rejected). */
    boolean raisedPaymentRequest(String ledgerId, String paymentRequestId);

    /** Records a request applied now, inside the command's transaction. */
    void record(String ledgerId, Entry entry);

    /** The ones of these requests the ledger has applied, by request id (one lookup for a batch). */
    default Map<String, Entry> findAll(String ledgerId, Collection<String> requestIds) {
        Map<String, Entry> found = new HashMap<>();
        requestIds.forEach(id -> find(ledgerId, id).ifPresent(entry -> found.put(id, entry)));
        return found;
    }

    /** Records several requests at once, inside the command's transaction. */
    default void recordAll(String ledgerId, List<Entry> entries) {
        entries.forEach(entry -> record(ledgerId, entry));
    }

    /**
     * A request already applied: its content fingerprint, the entry number it produced, the line
     * its answer shows (null if none) and the payment request it raised or decided (null if none).
     */
    record Entry(String requestId, String fingerprint, long sequence, String lineKey, String paymentRequestId) {

        /** The entry of the request that produced {@code event}, the ledger's entry number {@code sequence}. */
        public static Entry of(LedgerEvent event, long sequence) {
            return new Entry(event.requestId(), event.requestFingerprint(), sequence, answeredLineKey(event),
                    paymentRequestId(event));
        }

        /** The line a command's answer shows: the one line of a single-line entry; none for the others. */
        static String answeredLineKey(LedgerEvent event) {
            if (event instanceof FundsAppropriated e) {
                return e.line().key();
            }
            if (event instanceof BudgetAdjusted e) {
                return e.line().key();
            }
            if (event instanceof RevenueRecorded e) {
                return e.line().key();
            }
            if (event instanceof ExpenditureRecorded e) {
                return e.line().key();
            }
            if (event instanceof ExpenditureReversed e) {
                return e.line().key();
            }
            if (event instanceof PaymentRequested e) {
                return e.line().key();
            }
            if (event instanceof PaymentApproved e) {
                return e.line().key();
            }
            if (event instanceof PaymentRequestRejected e) {
                return e.line().key();
            }
            return null;
        }

        static String paymentRequestId(LedgerEvent event) {
            if (event instanceof PaymentRequested e) {
                return e.paymentRequestId();
            }
            if (event instanceof PaymentApproved e) {
                return e.paymentRequestId();
            }
            if (event instanceof PaymentRequestRejected e) {
                return e.paymentRequestId();
            }
            return null;
        }
    }
}
