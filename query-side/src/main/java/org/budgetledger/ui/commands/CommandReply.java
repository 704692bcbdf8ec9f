package org.budgetledger.ui.commands;

import org.budgetledger.platform.http.LineView;

/**
 * A command's answer as the command side's API writes it (its {@code CommandAnswer}), read back by the UI;
 * {@code paymentRequestId} and {@code status} only for a payment request and its decision.
 */
public record CommandReply(String requestId, String ledger, long sequence, boolean duplicate, LineView line,
        String paymentRequestId, String status) {
}
