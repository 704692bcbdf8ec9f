package org.budgetledger.ui.payments;

import java.util.Arrays;
import org.budgetledger.platform.security.Action;
import org.budgetledger.platform.security.CurrentUser;
import org.budgetledger.platform.security.LedgerUser;
import org.budgetledger.query.payments.PaymentRequest;
import org.budgetledger.ui.forms.EntryKind;
import org.budgetledger.ui.forms.Options;
import org.budgetledger.ui.ledger.LedgerViews;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A ledger's payment requests of every status, filterable by status. They name who asked and who
 * decided, so the page needs the right to read the history, as the API's list does.
 */
@Controller
class PaymentRequestListController {

    private final LedgerViews views;
    private final PaymentRequestRows rows;

    PaymentRequestListController(LedgerViews views, PaymentRequestRows rows) {
        this.views = views;
        this.rows = rows;
    }

    @GetMapping("/ledgers/{unit}/{year}/payment-requests")
    String list(@PathVariable String unit, @PathVariable String year, @RequestParam(required = false) String status, Model model) {
        LedgerViews.View view = views.open(unit, year, Action.READ_HISTORY, null, null);
        PaymentRequest.Status chosen = LedgerViews.optional("status", status, PaymentRequest.Status.class);
        LedgerUser user = CurrentUser.get();
        String unitCode = view.ref().unitCode();
        model.addAttribute("view", view);
        model.addAttribute("ledger", view.summary());
        model.addAttribute("requests", rows.of(view.summary(), chosen, user.username()));
        model.addAttribute("statuses", Arrays.stream(PaymentRequest.Status.values())
                .map(value -> new Options.Option(value.name(), PaymentStatusNames.of(value))).toList());
        model.addAttribute("status", chosen == null ? "" : chosen.name());
        model.addAttribute("requestFormHref", user.may(EntryKind.PAYMENT_REQUEST.action(), unitCode)
                ? EntryKind.PAYMENT_REQUEST.path(unitCode, view.ref().fiscalYear()) : null);
        model.addAttribute("mayApprove", user.may(Action.APPROVE, unitCode));
        return "payments/list";
    }
}
