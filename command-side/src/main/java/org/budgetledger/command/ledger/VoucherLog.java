package org.budgetledger.command.ledger;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetledger.events.ExpenditureRecorded;
import org.budgetledger.events.ExpenditureReversed;
import org.budgetledger.events.ExpenditureStatistics;
import org.budgetledger.events.LedgerEvent;
import org.budgetledger.events.PaymentApproved;
import org.budgetledger.events.PaymentRequestRejected;
import org.budgetledger.events.PaymentRequested;
import org.budgetledger.events.RevenueRecorded;

/**
 * The voucher numbers a ledger has used, with what a reversal needs of an expenditure, kept
 * beside the event store for the same reason as the {@link RequestLog}: so that the ledger
 * aggregate does not grow with every voucher it has seen. Like the request log it is an index of
 * the event stream — every change is derived from an event ({@link Change#of}) — and is written in
 * the event's transaction, its key (ledger, voucher) settling races.
 */
public interface VoucherLog {

    /** What a voucher number is used for. */
    enum Kind { REVENUE, EXPENDITURE, PAYMENT_REQUEST }

    /** A used voucher: what it records, on which line, and (for an expenditure) whether it was reversed. */
    record Voucher(String voucherNo, Kind kind, String lineKey, String economicCode, long amountFen,
            ExpenditureStatistics statistics, boolean reversed) {
    }

    /**
     * What an event does to the voucher numbers: {@code voucher} is the voucher as it is after the
     * event, or null when the event frees the number (a rejected payment request).
     */
    record Change(String voucherNo, Voucher voucher) {

        /** The change an event makes, if it touches a voucher. */
        public static Optional<Change> of(LedgerEvent event, Optional<Voucher> before) {
            if (event instanceof RevenueRecorded e) {
                return used(e.voucherNo(), Kind.REVENUE, e.line().key(), null, e.amountFen(), ExpenditureStatistics.NONE);
            }
            if (event instanceof ExpenditureRecorded e) {
                return used(e.voucherNo(), Kind.EXPENDITURE, e.line().key(), e.economicCode(), e.amountFen(), e.statistics());
            }
            if (event instanceof PaymentRequested e) {
                return used(e.voucherNo(), Kind.PAYMENT_REQUEST, e.line().key(), e.economicCode(), e.amountFen(), e.statistics());
            }
            if (event instanceof PaymentApproved e) {
                return used(e.voucherNo(), Kind.EXPENDITURE, e.line().key(), e.economicCode(), e.amountFen(), e.statistics());
            }
            if (event instanceof PaymentRequestRejected e) {
                return Optional.of(new Change(e.voucherNo(), null));
            }
            if (event instanceof ExpenditureReversed e) {
                Voucher original = before.orElseThrow(() -> new IllegalStateException("A reversal of unknown voucher " + e.voucherNo()));
                return Optional.of(new Change(e.voucherNo(), new Voucher(e.voucherNo(), original.kind(), original.lineKey(),
                        original.economicCode(), original.amountFen(), original.statistics(), true)));
            }
            return Optional.empty();
        }

        /** The voucher number an event uses, frees or reverses, if any. */
        public static Optional<String> voucherOf(LedgerEvent event) {
            if (event instanceof RevenueRecorded e) {
                return Optional.of(e.voucherNo());
            }
            if (event instanceof ExpenditureRecorded e) {
                return Optional.of(e.voucherNo());
            }
            if (event instanceof PaymentRequested e) {
                return Optional.of(e.voucherNo());
            }
            if (event instanceof PaymentApproved e) {
                return Optional.of(e.voucherNo());
            }
            if (event instanceof PaymentRequestRejected e) {
                return Optional.of(e.voucherNo());
            }
            if (event instanceof ExpenditureReversed e) {
                return Optional.of(e.voucherNo());
            }
            return Optional.empty();
        }

        private static Optional<Change> used(String voucherNo, Kind kind, String lineKey, String economicCode, long amountFen,
                ExpenditureStatistics statistics) {
            return Optional.of(new Change(voucherNo, new Voucher(voucherNo, kind, lineKey, economicCode, amountFen,
                    statistics == null ? ExpenditureStatistics.NONE : statistics, false)));
        }
    }

    Optional<Voucher> find(String ledgerId, String voucherNo);

    /** Applies the change an event made, inside the command's transaction. */
    void apply(String ledgerId, Change change);

    /** The ones of these voucher numbers the ledger uses, by number (one lookup for a batch). */
    default Map<String, Voucher> findAll(String ledgerId, Collection<String> voucherNos) {
        Map<String, Voucher> found = new HashMap<>();
        voucherNos.forEach(no -> find(ledgerId, no).ifPresent(voucher -> found.put(no, voucher)));
        return found;
    }

    /** Applies several changes, in order, inside the command's transaction. */
    default void applyAll(String ledgerId, List<Change> changes) {
        changes.forEach(change -> apply(ledgerId, change));
    }
}
