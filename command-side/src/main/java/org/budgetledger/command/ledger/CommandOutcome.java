package org.budgetledger.command.ledger;

import org.budgetledger.line.LineFigures;

/**
 * The answer to a command: the ledger's entry count after it ({@code sequence}), whether it was
 * a repeat that recorded nothing, the figures of the line it touched (null if none), and the
 * payment request it raised or decided (null for other commands).
 */
public record CommandOutcome(String requestId, String ledgerId, long sequence, boolean duplicate, LineFigures line,
        String paymentRequestId) {

    public CommandOutcome(String requestId, String ledgerId, long sequence, boolean duplicate, LineFigures line) {
        this(requestId, ledgerId, sequence, duplicate, line, null);
    }
}
