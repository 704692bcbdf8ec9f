package org.budgetledger.command.ledger;

import org.budgetledger.line.LineFigures;

/**
 * The answer to a command: the ledger's entry count after it ({@code sequence}), whether it was
 * a repeat that recorded nothing, and the figures of the line it touched (null if none).
 */
public record CommandOutcome(String requestId, String ledgerId, long sequence, boolean duplicate, LineFigures line) {
}
