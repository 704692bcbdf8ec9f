package org.budgetledger.ui.payments;

import java.util.List;
import org.budgetledger.catalogue.ClassificationCatalogue;
import org.budgetledger.query.directory.LedgerSummary;
import org.budgetledger.query.payments.PaymentRequest;
import org.budgetledger.query.payments.PaymentRequests;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.position.LedgerPositions;
import org.budgetledger.ui.ledger.LedgerViews;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

/**
 * A ledger's payment requests as the pages show them (the inbox and the ledger's list), read from
 * the read side's {@link PaymentRequests} with the lines' figures of the same snapshot.
 */
@Component
class PaymentRequestRows {

    private final LedgerPositions positions;
    private final PaymentRequests requests;
    private final ClassificationCatalogue catalogue;

    PaymentRequestRows(LedgerPositions positions, PaymentRequests requests, ClassificationCatalogue catalogue) {
        this.positions = positions;
        this.requests = requests;
        this.catalogue = catalogue;
    }

    /**
     * One request of a ledger, in Chinese. {@code mine}: raised by the user looking, who may not approve it;
     * {@code path}: the request under its ledger, where its approval and rejection are posted.
     */
    record Row(String ledgerId, String ledgerName, String ledgerHref, String paymentRequestId, String status, String statusName,
            String fund, String function, String kind, String economic, String amount, String voucherNo, String payee,
            String description, String requestedBy, String requestedOn, String requestedAt, String decidedBy, String decidedOn,
            String rejectionReason, String available, String reserved, boolean mine, String path) {
    }

    /**
     * The requests of {@code status} (null for all) in the order they were raised; the position and the requests
     * come from one repeatable-read snapshot, so a request's line shows the figures that include it.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<Row> of(LedgerSummary ledger, PaymentRequest.Status status, String username) {
        LedgerPosition position = positions.of(ledger.ledgerId(), null, null);
        return requests.of(position, status).stream().map(request -> row(ledger, request, username)).toList();
    }

    private Row row(LedgerSummary ledger, PaymentRequest request, String username) {
        String base = "/ledgers/" + ledger.unitCode() + "/" + ledger.fiscalYear();
        var line = request.line();
        int year = ledger.fiscalYear();
        String kind = line.projectCode() == null ? LedgerViews.natureName(line.nature())
                : LedgerViews.natureName(line.nature()) + " " + line.projectCode() + " " + (line.projectName() == null ? "" : line.projectName());
        var figures = request.lineFigures();
        return new Row(ledger.ledgerId(), ledger.unitName() + " " + year, base, request.paymentRequestId(), request.status(),
                PaymentStatusNames.of(request.status()), line.fund().label(),
                line.functionCode() + " " + catalogue.functionName(line.functionCode(), year).orElse(""),
                kind, request.economicCode() + " " + catalogue.economicName(request.economicCode(), year).orElse(""),
                request.amount(), request.voucherNo(), blank(request.payee()), blank(request.description()), request.requestedBy(),
                request.requestedOn(), LedgerViews.shownInstant(request.requestedAt()), blank(request.decidedBy()),
                blank(request.decidedOn()), blank(request.rejectionReason()), figures == null ? "" : figures.available(),
                figures == null ? "" : figures.reserved(), username.equals(request.requestedBy()),
                base + "/payment-requests/" + UriUtils.encodePathSegment(request.paymentRequestId(), "UTF-8"));
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
