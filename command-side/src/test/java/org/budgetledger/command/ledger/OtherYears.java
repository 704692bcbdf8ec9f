package org.budgetledger.command.ledger;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.axonframework.common.Registration;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.axonframework.test.aggregate.AggregateTestFixture;

/**
 * The ledgers {@link LedgerOpening} sees in fixture tests.
 *
 * <p>An {@code AggregateTestFixture} holds exactly one aggregate: once it has been asked about
 * the ledger under test, reading any other identifier fails with an {@code EventStoreException}
 * rather than answering "no such ledger", and asking whether the ledger under test exists fails
 * with "not found" instead of answering no. Opening a ledger always asks about the unit's
 * previous year, so the fixture alone cannot serve it. Here the ledger under test stays the
 * fixture's, and every other year comes from a real event-sourcing repository over an
 * in-memory event store holding whatever history {@link #record} gives it (nothing by default:
 * the unit's first year).
 */
final class OtherYears {

    private final String ledgerUnderTest;
    private final AggregateTestFixture<Ledger> fixture;
    private final EventStore otherStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private final Repository<Ledger> otherLedgers = EventSourcingRepository.builder(Ledger.class)
            .eventStore(otherStore)
            .parameterResolverFactory(MultiParameterResolverFactory.ordered(
                    new SimpleResourceParameterResolverFactory(List.of(LedgerFixtures.CATALOGUE)),
                    ClasspathParameterResolverFactory.forClass(Ledger.class)))
            .build();

    OtherYears(String ledgerUnderTest, AggregateTestFixture<Ledger> fixture) {
        this.ledgerUnderTest = ledgerUnderTest;
        this.fixture = fixture;
    }

    /** Stores the history of another ledger, such as the unit's previous year. */
    void record(String ledgerId, Object... events) {
        for (int i = 0; i < events.length; i++) {
            otherStore.publish(new GenericDomainEventMessage<>("Ledger", ledgerId, i, events[i]));
        }
    }

    /** The handler under test, wired to the fixture for its own ledger and to this store for the others. */
    LedgerOpening ledgerOpening() {
        return new LedgerOpening(new Ledgers(fixture.getRepository()), new Events(fixture.getEventStore()));
    }

    private boolean underTest(String ledgerId) {
        return ledgerUnderTest.equals(ledgerId);
    }

    private final class Ledgers implements Repository<Ledger> {

        private final Repository<Ledger> fixtureRepository;

        Ledgers(Repository<Ledger> fixtureRepository) {
            this.fixtureRepository = fixtureRepository;
        }

        @Override
        public Aggregate<Ledger> load(String ledgerId) {
            return underTest(ledgerId) ? fixtureRepository.load(ledgerId) : otherLedgers.load(ledgerId);
        }

        @Override
        public Aggregate<Ledger> load(String ledgerId, Long expectedVersion) {
            return underTest(ledgerId)
                    ? fixtureRepository.load(ledgerId, expectedVersion)
                    : otherLedgers.load(ledgerId, expectedVersion);
        }

        @Override
        public Aggregate<Ledger> newInstance(Callable<Ledger> factoryMethod) throws Exception {
            return fixtureRepository.newInstance(factoryMethod);
        }

        @Override
        public void send(Message<?> message, ScopeDescriptor scopeDescription) throws Exception {
            fixtureRepository.send(message, scopeDescription);
        }

        @Override
        public boolean canResolve(ScopeDescriptor scopeDescription) {
            return fixtureRepository.canResolve(scopeDescription);
        }
    }

    private final class Events implements EventStore {

        private final EventStore fixtureStore;

        Events(EventStore fixtureStore) {
            this.fixtureStore = fixtureStore;
        }

        @Override
        public Optional<Long> lastSequenceNumberFor(String ledgerId) {
            if (!underTest(ledgerId)) {
                return otherStore.lastSequenceNumberFor(ledgerId);
            }
            try {
                return fixtureStore.lastSequenceNumberFor(ledgerId);
            } catch (AggregateNotFoundException noEvents) {
                return Optional.empty();
            }
        }

        @Override
        public DomainEventStream readEvents(String ledgerId) {
            return underTest(ledgerId) ? fixtureStore.readEvents(ledgerId) : otherStore.readEvents(ledgerId);
        }

        @Override
        public void storeSnapshot(DomainEventMessage<?> snapshot) {
            fixtureStore.storeSnapshot(snapshot);
        }

        @Override
        public void publish(List<? extends EventMessage<?>> events) {
            fixtureStore.publish(events);
        }

        @Override
        public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
            throw new UnsupportedOperationException("Opening a ledger does not stream events");
        }

        @Override
        public Registration subscribe(Consumer<List<? extends EventMessage<?>>> eventProcessor) {
            return fixtureStore.subscribe(eventProcessor);
        }

        @Override
        public Registration registerDispatchInterceptor(MessageDispatchInterceptor<? super EventMessage<?>> interceptor) {
            return fixtureStore.registerDispatchInterceptor(interceptor);
        }
    }
}
