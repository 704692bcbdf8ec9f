package org.budgetledger.command.ledger;

import java.util.List;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

/** A ledger rebuilt from its events by Axon's own event sourcing handlers, without cache or snapshot. */
final class LedgerReplay {

    private static final AggregateModel<Ledger> MODEL = AnnotatedAggregateMetaModelFactory.inspectAggregate(Ledger.class,
            MultiParameterResolverFactory.ordered(new SimpleResourceParameterResolverFactory(List.of(LedgerFixtures.CATALOGUE)),
                    ClasspathParameterResolverFactory.forClass(Ledger.class)));

    private LedgerReplay() {
    }

    static Ledger replay(DomainEventStream events) {
        EventSourcedAggregate<Ledger> aggregate = EventSourcedAggregate.initialize(new Ledger(), MODEL, null,
                NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(events);
        return aggregate.getAggregateRoot();
    }
}
