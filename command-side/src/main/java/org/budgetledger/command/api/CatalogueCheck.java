package org.budgetledger.command.api;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.catalogue.ClassificationCatalogue;
import org.budgetledger.command.ledger.Commands.AppropriateFunds;
import org.budgetledger.command.ledger.Commands.CloseYear;
import org.budgetledger.command.ledger.Commands.LineDisposition;
import org.budgetledger.command.ledger.Commands.MidYearAdjust;
import org.budgetledger.command.ledger.Commands.OpenLedger;
import org.budgetledger.command.ledger.Commands.RecordExpenditure;
import org.budgetledger.command.ledger.Commands.RequestPayment;
import org.budgetledger.command.ledger.Commands.RecordRevenue;
import org.budgetledger.command.ledger.Commands.TransferBudget;
import org.budgetledger.command.ledger.LedgerCommand;
import org.budgetledger.events.OpeningBalance;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.stereotype.Component;

/**
 * Checks a command's codes against the classification of its ledger's fiscal year before the
 * ledger is consulted: a code that does not exist is the request's fault whatever the ledger
 * holds, so it answers {@code UNKNOWN_FUNCTION_CODE} even where the line or the ledger is missing.
 */
@Component
class CatalogueCheck {

    private final ClassificationCatalogue catalogue;

    CatalogueCheck(ClassificationCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    void check(LedgerRef ledger, LedgerCommand command) {
        for (BudgetLine line : lines(command)) {
            if (!catalogue.isBookableFunctionCode(line.functionCode(), ledger.fiscalYear())) {
                throw new LedgerRejection(ErrorCode.UNKNOWN_FUNCTION_CODE, "The function code " + line.functionCode()
                        + " is not a 7-digit 项 of the " + ledger.fiscalYear() + " catalogue");
            }
        }
        String economicCode = command instanceof RecordExpenditure expenditure ? expenditure.economicCode()
                : command instanceof RequestPayment payment ? payment.economicCode() : null;
        if (economicCode != null && !catalogue.isBookableEconomicCode(economicCode, ledger.fiscalYear())) {
            throw new LedgerRejection(ErrorCode.UNKNOWN_ECONOMIC_CODE, "The economic code " + economicCode
                    + " is not a 5-digit code of the " + ledger.fiscalYear() + " catalogue");
        }
    }

    private static List<BudgetLine> lines(LedgerCommand command) {
        List<BudgetLine> lines = new ArrayList<>();
        if (command instanceof OpenLedger open && open.openingBalances() != null) {
            open.openingBalances().stream().map(OpeningBalance::line).forEach(lines::add);
        } else if (command instanceof AppropriateFunds appropriation) {
            lines.add(appropriation.line());
        } else if (command instanceof MidYearAdjust adjustment) {
            lines.add(adjustment.line());
        } else if (command instanceof TransferBudget transfer) {
            lines.add(transfer.from());
            lines.add(transfer.to());
        } else if (command instanceof RecordRevenue revenue) {
            lines.add(revenue.line());
        } else if (command instanceof RecordExpenditure expenditure) {
            lines.add(expenditure.line());
        } else if (command instanceof RequestPayment payment) {
            lines.add(payment.line());
        } else if (command instanceof CloseYear close) {
            close.dispositions().stream().map(LineDisposition::line).forEach(lines::add);
        }
        return lines;
    }
}
