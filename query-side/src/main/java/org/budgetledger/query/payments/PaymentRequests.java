package org.budgetledger.query.payments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.Instant;
import java.time.LocalDate;
import org.budgetledger.line.Movement;
import org.budgetledger.money.Money;
import org.budgetledger.platform.http.LineObject;
import org.budgetledger.platform.http.LineView;
import org.budgetledger.query.entries.EntryRow;
import org.budgetledger.query.entries.EntryRows;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.position.LinePosition;
import org.springframework.stereotype.Component;

/**
 * A ledger's payment requests, read from the rows of {@code ledger_entry} that name one: the
 * request's RESERVE row, then the SPEND row of its approval or the RELEASE row of its rejection.
 * The same cut as every other view applies (effective on or before {@code asOf}, recorded at or
 * before {@code knownAt}), so a request approved after the cut is pending in that view.
 */
@Component
public class PaymentRequests {

    private final EntryRows rows;

    public PaymentRequests(EntryRows rows) {
        this.rows = rows;
    }

    /**
     * The ledger's requests in the order they were raised, with their lines' figures from {@code position}
     * (which must be the same cut); {@code status} null for all.
     */
    public List<PaymentRequest> of(LedgerPosition position, PaymentRequest.Status status) {
        Map<String, Builder> requests = new LinkedHashMap<>();
        for (EntryRow row : rows.ofPaymentRequests(position.ledgerId(), position.asOf(), position.knownAt())) {
            if (row.movement() == Movement.RESERVE) {
                requests.put(row.paymentRequestId(), new Builder(row));
            } else if (row.movement() == Movement.SPEND) {
                Optional.ofNullable(requests.get(row.paymentRequestId())).ifPresent(request -> request.decided(row, PaymentRequest.Status.APPROVED));
            } else if (row.movement() == Movement.RELEASE && "PaymentRequestRejected".equals(row.entryType())) {
                Optional.ofNullable(requests.get(row.paymentRequestId())).ifPresent(request -> request.decided(row, PaymentRequest.Status.REJECTED));
            }
        }
        Map<String, LinePosition> lines = new LinkedHashMap<>();
        position.lines().forEach(line -> lines.put(line.line().key(), line));
        List<PaymentRequest> answer = new ArrayList<>();
        for (Builder request : requests.values()) {
            if (status == null || request.status == status) {
                answer.add(request.build(lines.get(request.raised.line().key())));
            }
        }
        return answer;
    }

    /** The request, pending or decided, as {@link #of} shows it. */
    public Optional<PaymentRequest> one(LedgerPosition position, String paymentRequestId) {
        return of(position, null).stream().filter(request -> request.paymentRequestId().equals(paymentRequestId)).findFirst();
    }

    /** A request's raising row and, once decided, its decision's row. */
    private static final class Builder {
        final EntryRow raised;
        PaymentRequest.Status status = PaymentRequest.Status.PENDING;
        EntryRow decision;

        Builder(EntryRow raised) {
            this.raised = raised;
        }

        void decided(EntryRow row, PaymentRequest.Status outcome) {
            status = outcome;
            decision = row;
        }

        PaymentRequest build(LinePosition line) {
            return new PaymentRequest(raised.paymentRequestId(), status.name(), LineObject.of(raised.line()),
                    raised.economicCode(), Money.formatYuan(raised.amountFen()), raised.voucherNo(), raised.payee(),
                    raised.reason(), raised.recordedBy(), text(raised.recordedAt()), text(raised.effectiveDate()),
                    decision == null ? null : decision.recordedBy(), decision == null ? null : text(decision.recordedAt()),
                    decision == null ? null : text(decision.effectiveDate()),
                    status == PaymentRequest.Status.REJECTED ? decision.reason() : null, raised.sequence(),
                    decision == null ? null : decision.sequence(), line == null ? null : LineView.of(line.figures()));
        }

        private static String text(Instant instant) {
            return instant.toString();
        }

        private static String text(LocalDate date) {
            return date.toString();
        }
    }
}
