package org.budgetledger.command.ledger;

/**
 * What the ledger aggregate looks up beside its own state: the requests it has applied and the
 * voucher numbers it has used. Both grow with the ledger, so they live in tables written in the
 * event's transaction rather than in the aggregate, its cache and its snapshots (which therefore
 * stay the same size however many entries a ledger has). Given to command handlers as a parameter.
 */
public record LedgerLogs(RequestLog requests, VoucherLog vouchers) {
}
