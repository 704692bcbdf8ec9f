package org.budgetledger.ui.payments;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.budgetledger.platform.http.LedgerPaths;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.security.Action;
import org.budgetledger.platform.security.CurrentUser;
import org.budgetledger.platform.security.LedgerAccess;
import org.budgetledger.platform.security.LedgerUser;
import org.budgetledger.query.api.ReadYourWrites;
import org.budgetledger.query.directory.LedgerDirectory;
import org.budgetledger.query.directory.LedgerSummary;
import org.budgetledger.query.payments.PaymentRequest;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.budgetledger.ui.commands.CommandClient;
import org.budgetledger.ui.commands.CommandReply;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The approvals inbox (审核): the pending payment requests of every ledger the user may approve on,
 * each with its approval and its rejection. A decision is sent to the command API on behalf of the
 * user, so four eyes, the rights and the messages are the API's: a requester's own approval comes
 * back as {@code SELF_APPROVAL_FORBIDDEN} and is shown as a refusal like any other.
 */
@Controller
class ApprovalsController {

    private final LedgerDirectory directory;
    private final PaymentRequestRows rows;
    private final CommandClient commands;
    private final ReadYourWrites readYourWrites;
    private final ObjectMapper json;

    ApprovalsController(LedgerDirectory directory, PaymentRequestRows rows, CommandClient commands, ReadYourWrites readYourWrites,
            ObjectMapper json) {
        this.directory = directory;
        this.rows = rows;
        this.commands = commands;
        this.readYourWrites = readYourWrites;
        this.json = json;
    }

    @GetMapping("/approvals")
    String inbox(Model model) {
        LedgerUser user = CurrentUser.get();
        if (!user.mayOnSomeUnit(Action.APPROVE)) {
            throw new LedgerRejection(ErrorCode.FORBIDDEN, "Approving payment requests needs APPROVER on a unit");
        }
        List<PaymentRequestRows.Row> pending = new ArrayList<>();
        for (LedgerSummary ledger : directory.all()) {
            if (user.may(Action.APPROVE, ledger.unitCode())) {
                pending.addAll(rows.of(ledger, PaymentRequest.Status.PENDING, user.username()));
            }
        }
        model.addAttribute("requests", pending);
        // Rendered with the page: sending the same decision twice is answered as a repeat, not decided twice.
        model.addAttribute("requestId", "ui-decision-" + UUID.randomUUID());
        return "payments/inbox";
    }

    @PostMapping("/ledgers/{unit}/{year}/payment-requests/{paymentRequestId}/approval")
    String approve(@PathVariable String unit, @PathVariable String year, @PathVariable String paymentRequestId,
            @RequestParam String requestId, @RequestParam(required = false) String effectiveDate, RedirectAttributes redirect) {
        return decide(unit, year, paymentRequestId, "approval", body(requestId, "effectiveDate", effectiveDate), redirect);
    }

    @PostMapping("/ledgers/{unit}/{year}/payment-requests/{paymentRequestId}/rejection")
    String reject(@PathVariable String unit, @PathVariable String year, @PathVariable String paymentRequestId,
            @RequestParam String requestId, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return decide(unit, year, paymentRequestId, "rejection", body(requestId, "reason", reason), redirect);
    }

    /** The decision's body; a blank field is left out, so the API says what is missing in its own words. */
    private ObjectNode body(String requestId, String field, String value) {
        ObjectNode body = json.createObjectNode().put("requestId", requestId);
        if (value != null && !value.isBlank()) {
            body.put(field, value.strip());
        }
        return body;
    }

    /** Sends the decision, waits until the read side shows it, and goes back to the inbox saying what was decided. */
    private String decide(String unit, String year, String paymentRequestId, String decision, ObjectNode body,
            RedirectAttributes redirect) {
        LedgerUser user = CurrentUser.get();
        LedgerRef ledger = LedgerPaths.ledgerRef(unit, year);
        LedgerAccess.require(user, ledger, Action.APPROVE);
        CommandReply reply = commands.send("/ledgers/" + ledger.unitCode() + "/" + ledger.fiscalYear() + "/payment-requests/"
                + UriUtils.encodePathSegment(paymentRequestId, "UTF-8") + "/" + decision, body, user.username());
        try {
            readYourWrites.awaitReadModels(ledger.id(), reply.sequence());
        } catch (LedgerRejection behind) {
            // The decision is recorded; the inbox may show the request a moment longer.
        }
        boolean approved = decision.equals("approval");
        redirect.addFlashAttribute("decision", "付款申请 " + paymentRequestId + "（" + ledger.unitCode() + " " + ledger.fiscalYear()
                + " 年度）" + (reply.duplicate() ? "此前" : "") + PaymentStatusNames.of(approved ? PaymentRequest.Status.APPROVED
                : PaymentRequest.Status.REJECTED) + (approved ? "，已记为支出。" : "，冻结金额已释放。"));
        redirect.addFlashAttribute("decidedLedger", ledger.id());
        redirect.addFlashAttribute("decidedRequest", paymentRequestId);
        return "redirect:/approvals";
    }
}
