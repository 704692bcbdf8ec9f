package org.budgetledger.command.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetledger.command.ledger.Commands.RecordExpenditure;
import org.budgetledger.command.ledger.Commands.RecordRevenue;
import org.budgetledger.command.ledger.Commands.RequestPayment;
import org.budgetledger.command.ledger.Commands.ReverseExpenditure;

/**
 * The logs as a batch of commands sees them: what the batch's commands will look up (their
 * request ids and voucher numbers) is read in one query each before the first command, and what
 * they write is kept here and written in one statement each after the last — all inside the
 * batch's one transaction, so the tables end exactly as if every command had read and written
 * them itself. Lookups the prefetch did not cover go to the tables.
 */
final class BatchLedgerLogs {

    private final String ledgerId;
    private final LedgerLogs tables;
    private final Set<String> prefetchedRequests = new HashSet<>();
    private final Map<String, RequestLog.Entry> requests = new HashMap<>();
    private final List<RequestLog.Entry> newRequests = new ArrayList<>();
    private final Set<String> prefetchedVouchers = new HashSet<>();
    private final Map<String, Optional<VoucherLog.Voucher>> vouchers = new HashMap<>();
    private final List<VoucherLog.Change> newChanges = new ArrayList<>();

    BatchLedgerLogs(String ledgerId, LedgerLogs tables, List<LedgerCommand> commands) {
        this.ledgerId = ledgerId;
        this.tables = tables;
        commands.forEach(command -> prefetchedRequests.add(command.requestId()));
        requests.putAll(tables.requests().findAll(ledgerId, prefetchedRequests));
        for (LedgerCommand command : commands) {
            voucherOf(command).ifPresent(prefetchedVouchers::add);
        }
        Map<String, VoucherLog.Voucher> found = tables.vouchers().findAll(ledgerId, prefetchedVouchers);
        prefetchedVouchers.forEach(no -> vouchers.put(no, Optional.ofNullable(found.get(no))));
    }

    /** The logs to hand the batch's commands. */
    LedgerLogs logs() {
        return new LedgerLogs(new Requests(), new Vouchers());
    }

    /** Writes what the batch's commands recorded. */
    void flush() {
        if (!newRequests.isEmpty()) {
            tables.requests().recordAll(ledgerId, List.copyOf(newRequests));
        }
        if (!newChanges.isEmpty()) {
            tables.vouchers().applyAll(ledgerId, List.copyOf(newChanges));
        }
    }

    private static Optional<String> voucherOf(LedgerCommand command) {
        if (command instanceof RecordExpenditure c) {
            return Optional.of(c.voucherNo());
        }
        if (command instanceof RecordRevenue c) {
            return Optional.of(c.voucherNo());
        }
        if (command instanceof RequestPayment c) {
            return Optional.of(c.voucherNo());
        }
        if (command instanceof ReverseExpenditure c) {
            return Optional.of(c.voucherNo());
        }
        return Optional.empty();
    }

    private final class Requests implements RequestLog {
        @Override
        public Optional<Entry> find(String ledger, String requestId) {
            if (requests.containsKey(requestId)) {
                return Optional.of(requests.get(requestId));
            }
            return prefetchedRequests.contains(requestId) ? Optional.empty() : tables.requests().find(ledger, requestId);
        }

        @Override
        public boolean raisedPaymentRequest(String ledger, String paymentRequestId) {
            return newRequests.stream().anyMatch(entry -> paymentRequestId.equals(entry.paymentRequestId()))
                    || tables.requests().raisedPaymentRequest(ledger, paymentRequestId);
        }

        @Override
        public void record(String ledger, Entry entry) {
            requests.put(entry.requestId(), entry);
            newRequests.add(entry);
        }
    }

    private final class Vouchers implements VoucherLog {
        @Override
        public Optional<Voucher> find(String ledger, String voucherNo) {
            Optional<Voucher> known = vouchers.get(voucherNo);
            return known != null ? known : tables.vouchers().find(ledger, voucherNo);
        }

        @Override
        public void apply(String ledger, Change change) {
            vouchers.put(change.voucherNo(), Optional.ofNullable(change.voucher()));
            newChanges.add(change);
        }
    }
}
