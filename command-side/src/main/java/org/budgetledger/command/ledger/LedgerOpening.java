package org.budgetledger.command.ledger;

import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.budgetledger.command.ledger.Commands.OpenLedger;
import org.budgetledger.events.LedgerIds;
import org.budgetledger.events.OpeningBalance;
import org.budgetledger.platform.problem.ErrorCode;
import org.budgetledger.platform.problem.LedgerRejection;
import org.springframework.stereotype.Component;

/**
 * Opens ledgers. Opening needs two aggregates: the new one, and the same unit's previous year,
 * which must be closed and whose carried-forward balances come in by themselves. Only a unit's
 * first year in the ledger states its opening balances.
 */
@Component
public class LedgerOpening {

    private final Repository<Ledger> ledgers;
    private final EventStore eventStore;

    public LedgerOpening(Repository<Ledger> ledgers, EventStore eventStore) {
        this.ledgers = ledgers;
        this.eventStore = eventStore;
    }

    @CommandHandler
    public CommandOutcome handle(OpenLedger command) throws Exception {
        Aggregate<Ledger> existing = find(command.ledgerId());
        if (existing != null) {
            return existing.invoke(ledger -> ledger.answerOpening(command));
        }
        String priorId = LedgerIds.of(command.unitCode(), command.fiscalYear() - 1);
        Aggregate<Ledger> prior = find(priorId);
        List<OpeningBalance> balances;
        boolean broughtForward = prior != null;
        if (prior != null) {
            if (!prior.invoke(Ledger::isClosed)) {
                throw new LedgerRejection(ErrorCode.PRIOR_YEAR_NOT_CLOSED, "The ledger " + priorId
                        + " is still open: close it before opening " + command.ledgerId());
            }
            if (command.openingBalances() != null) {
                throw LedgerRejection.invalid("openingBalances", "must not be stated: they come from the closed ledger " + priorId);
            }
            balances = prior.invoke(Ledger::closingBalances);
        } else {
            balances = command.openingBalances() == null ? List.of() : command.openingBalances();
        }
        Aggregate<Ledger> created = ledgers.newInstance(() -> new Ledger(command, balances, broughtForward));
        return created.invoke(ledger -> ledger.openingOutcome(command));
    }

    /** The ledger if it has any event; asking the store first avoids a failed load for every new ledger. */
    private Aggregate<Ledger> find(String ledgerId) {
        if (eventStore.lastSequenceNumberFor(ledgerId).isEmpty()) {
            return null;
        }
        return ledgers.load(ledgerId);
    }
}
