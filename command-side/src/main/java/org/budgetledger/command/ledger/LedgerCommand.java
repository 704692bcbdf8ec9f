package org.budgetledger.command.ledger;

/**
 * What every command of a ledger carries: the ledger it targets, the client's request id (for
 * idempotency) and who asks.
 */
public interface LedgerCommand {

    String ledgerId();

    String requestId();

    String recordedBy();
}
