package org.budgetledger.command.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.budgetledger.catalogue.ClassificationCatalogue;
import org.budgetledger.command.ledger.Commands.OpenLedger;
import org.budgetledger.events.LedgerIds;
import org.budgetledger.events.OpeningBalance;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
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
    public CommandOutcome handle(OpenLedger command, ClassificationCatalogue catalogue, LedgerLogs logs) throws Exception {
        Aggregate<Ledger> existing = find(command.ledgerId());
        if (existing != null) {
            return existing.invoke(ledger -> ledger.answerOpening(command, logs));
        }
        // Opening a year below one already open would cut the chain of carried balances.
        String laterId = LedgerIds.of(command.unitCode(), command.fiscalYear() + 1);
        if (find(laterId) != null) {
            throw new LedgerRejection(ErrorCode.LATER_YEAR_EXISTS, "The ledger " + laterId + " is already open: "
                    + command.ledgerId() + " could no longer carry its balances into it");
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
            requireValid(balances, catalogue, command.fiscalYear());
        }
        Aggregate<Ledger> created = ledgers.newInstance(() -> new Ledger(command, balances, broughtForward));
        return created.invoke(ledger -> ledger.openingOutcome(command, logs));
    }

    /** Stated balances follow the rules of any line: known function codes, one name per project. */
    private static void requireValid(List<OpeningBalance> balances, ClassificationCatalogue catalogue, int fiscalYear) {
        Map<String, String> projectNames = new HashMap<>();
        for (OpeningBalance balance : balances) {
            BudgetLine line = balance.line();
            if (!catalogue.isBookableFunctionCode(line.functionCode(), fiscalYear)) {
                throw new LedgerRejection(ErrorCode.UNKNOWN_FUNCTION_CODE, "The function code " + line.functionCode()
                        + " of an opening balance is not a 7-digit 项 of the catalogue");
            }
            if (line.projectCode() != null) {
                if (line.projectName() == null) {
                    throw LedgerRejection.invalid("openingBalances.line.projectName", "is required for project " + line.projectCode());
                }
                String known = projectNames.putIfAbsent(line.projectCode(), line.projectName());
                if (known != null && !known.equals(line.projectName())) {
                    throw new LedgerRejection(ErrorCode.PROJECT_NAME_MISMATCH, "The project " + line.projectCode()
                            + " is named both '" + known + "' and '" + line.projectName() + "' in the opening balances");
                }
            }
        }
    }

    /** The ledger if it has any event; asking the store first avoids a failed load for every new ledger. */
    private Aggregate<Ledger> find(String ledgerId) {
        if (eventStore.lastSequenceNumberFor(ledgerId).isEmpty()) {
            return null;
        }
        return ledgers.load(ledgerId);
    }
}
