package org.budgetledger.ui.forms;

import jakarta.servlet.http.HttpServletResponse;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.ui.Model;

/**
 * The page of a refused request (403 for a role that does not allow the form, 404 for a ledger
 * the user cannot see): a minimal page of this package until the UI's error page is shared.
 */
public final class Refusals {

    private Refusals() {
    }

    public static String page(LedgerRejection refusal, Model model, HttpServletResponse response) {
        response.setStatus(refusal.code() == ErrorCode.FORBIDDEN ? 403 : refusal.code() == ErrorCode.LEDGER_NOT_FOUND ? 404 : 400);
        model.addAttribute("code", refusal.code().name());
        model.addAttribute("message", refusal.code() == ErrorCode.FORBIDDEN ? "您的角色不允许此操作，未记账。"
                : refusal.code() == ErrorCode.LEDGER_NOT_FOUND ? "没有这个台账。" : "请求被拒绝。");
        model.addAttribute("detail", refusal.getMessage());
        return "forms/refused";
    }

    static String notFound(Model model, HttpServletResponse response) {
        return page(new LedgerRejection(ErrorCode.LEDGER_NOT_FOUND, "No such form"), model, response);
    }
}
