package org.budgetledger.command.ledger;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.budgetledger.events.LedgerEvent;

/**
 * The request log of the aggregate tests, read from the fixture's event store: what the log
 * table holds is, by design, derivable from the ledger's events ({@link RequestLog.Entry#of}), so
 * events given to a fixture are recognised as applied requests just as a migrated store is.
 */
final class EventStreamRequestLog implements RequestLog {

    private final EventStore events;

    EventStreamRequestLog(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<Entry> find(String ledgerId, String requestId) {
        DomainEventStream stream = events.readEvents(ledgerId);
        while (stream.hasNext()) {
            var message = stream.next();
            if (message.getPayload() instanceof LedgerEvent event && requestId.equals(event.requestId())) {
                return Optional.of(Entry.of(event, message.getSequenceNumber() + 1));
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean raisedPaymentRequest(String ledgerId, String paymentRequestId) {
        DomainEventStream stream = events.readEvents(ledgerId);
        while (stream.hasNext()) {
            if (stream.next().getPayload() instanceof LedgerEvent event && paymentRequestId.equals(Entry.paymentRequestId(event))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void record(String ledgerId, Entry entry) {
        // The event the request produced is in the fixture's store: find reads it from there.
    }
}
