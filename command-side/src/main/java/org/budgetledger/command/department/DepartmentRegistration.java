package org.budgetledger.command.department;

import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.stereotype.Component;

/**
 * Handles {@link DefineDepartment}: the checks that need the ledgers (every member must be a
 * unit with a ledger; a department's code must not be a unit's, since grants name both alike),
 * then the registry's own rule, creating the registry with its first department.
 */
@Component
class DepartmentRegistration {

    private final Repository<DepartmentRegistry> registry;
    private final EventStore eventStore;
    private final KnownUnits knownUnits;

    DepartmentRegistration(Repository<DepartmentRegistry> registry, EventStore eventStore, KnownUnits knownUnits) {
        this.registry = registry;
        this.eventStore = eventStore;
        this.knownUnits = knownUnits;
    }

    @CommandHandler
    DepartmentOutcome handle(DefineDepartment command) throws Exception {
        List<String> unknown = knownUnits.unknownOf(command.units());
        if (!unknown.isEmpty()) {
            throw new LedgerRejection(ErrorCode.UNKNOWN_UNIT, "No ledger of unit " + String.join(", ", unknown)
                    + " exists: a member of a department is a unit whose ledger has been opened");
        }
        if (knownUnits.isKnown(command.departmentCode())) {
            throw LedgerRejection.invalid("code", "is the code of a unit; a department needs a code of its own, since a "
                    + "grant names a unit or a department by its code");
        }
        if (eventStore.lastSequenceNumberFor(command.registryId()).isEmpty()) {
            Aggregate<DepartmentRegistry> created = registry.newInstance(() -> new DepartmentRegistry(command));
            return created.invoke(registry -> registry.created(command));
        }
        return registry.load(command.registryId()).invoke(registry -> registry.define(command));
    }
}
