package org.budgetledger.ui.forms;

import jakarta.servlet.http.HttpServletResponse;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.budgetledger.ui.errors.UiRefusals;
import org.springframework.ui.Model;

/**
 * The page of a refused request (403 for a role that does not allow the form, 404 for a ledger
 * the user cannot see), for the form handlers that catch a refusal themselves: the UI's one
 * refusal page ({@link UiRefusals}).
 */
public final class Refusals {

    private static final UiRefusals REFUSALS = new UiRefusals();

    private Refusals() {
    }

    public static String page(LedgerRejection refusal, Model model, HttpServletResponse response) {
        return REFUSALS.refused(refusal, model, response);
    }

    static String notFound(Model model, HttpServletResponse response) {
        return page(new LedgerRejection(ErrorCode.LEDGER_NOT_FOUND, "No such form"), model, response);
    }
}
