package org.budgetledger.command.ledger;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.budgetledger.events.LedgerEvent;

/**
 * The voucher log of the aggregate tests, folded from the fixture's event store with the same
 * {@link VoucherLog.Change#of} the table is written with, so that events given to a fixture use
 * their vouchers as a migrated store's do.
 */
final class EventStreamVoucherLog implements VoucherLog {

    private final EventStore events;

    EventStreamVoucherLog(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<Voucher> find(String ledgerId, String voucherNo) {
        Optional<Voucher> current = Optional.empty();
        DomainEventStream stream = events.readEvents(ledgerId);
        while (stream.hasNext()) {
            if (stream.next().getPayload() instanceof LedgerEvent event
                    && Change.voucherOf(event).filter(voucherNo::equals).isPresent()) {
                current = Optional.ofNullable(Change.of(event, current).orElseThrow().voucher());
            }
        }
        return current;
    }

    @Override
    public void apply(String ledgerId, Change change) {
        // The event that made the change is in the fixture's store: find folds it from there.
    }
}
