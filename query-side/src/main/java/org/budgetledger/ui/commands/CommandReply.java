package org.budgetledger.ui.commands;

import org.budgetledger.platform.http.LineView;

/** A command's answer as the command side's API writes it (its {@code CommandAnswer}), read back by the UI. */
public record CommandReply(String requestId, String ledger, long sequence, boolean duplicate, LineView line) {
}
