package org.budgetledger.ui.lint;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.budgetledger.platform.http.LedgerPaths;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.problem.ProblemStatus;
import org.budgetledger.platform.security.Action;
import org.budgetledger.platform.security.CurrentUser;
import org.budgetledger.platform.security.LedgerAccess;
import org.budgetledger.platform.security.LedgerUser;
import org.budgetledger.query.directory.LedgerDirectory;
import org.budgetledger.query.directory.LedgerSummary;
import org.budgetledger.query.lint.LintAnswer;
import org.budgetledger.query.lint.LintService;
import org.budgetledger.query.lint.PublishedText;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 勾稽检查 ({@code /lint}): a logged-in user pastes or uploads the text of a published 部门决算 or 绩效自评,
 * optionally chooses one of the ledgers they may read to reconcile it with, and sees the findings
 * grouped by severity, each with its excerpt and the stated figure marked. The same lint as
 * {@code POST /api/v1/lint}, with the same limits and the same rights: any user for the text, a read
 * grant for the ledger.
 */
@Controller
class LintPageController {

    private final LintService lint;
    private final LedgerDirectory directory;

    LintPageController(LintService lint, LedgerDirectory directory) {
        this.lint = lint;
        this.directory = directory;
    }

    @GetMapping("/lint")
    String page(Model model) {
        return show(model, "", "", null);
    }

    @PostMapping("/lint")
    String check(@RequestParam(required = false) String text, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String ledger, Model model, HttpServletResponse response) throws IOException {
        String ledgerId = ledger == null || ledger.isBlank() ? null : readable(ledger.strip());
        boolean uploaded = file != null && !file.isEmpty();
        String pasted = text == null ? "" : text;
        String decoded;
        try {
            if (uploaded && file.getSize() > PublishedText.MAX_BYTES) {
                throw PublishedText.tooLarge(file.getSize());
            }
            decoded = PublishedText.decode(uploaded ? file.getBytes() : pasted.getBytes(StandardCharsets.UTF_8));
        } catch (LedgerRejection refused) {
            response.setStatus(ProblemStatus.of(refused.code()));
            return problem(model, refused, uploaded, pasted, ledgerId);
        }
        LintAnswer answer;
        try {
            answer = ledgerId == null ? lint.lint(decoded) : lint.lint(decoded, ledgerId);
        } catch (LedgerRejection refused) {
            if (refused.code() != ErrorCode.NOT_A_PUBLISHED_REPORT) {
                throw refused;
            }
            response.setStatus(ProblemStatus.of(refused.code()));
            return problem(model, refused, uploaded, pasted, ledgerId);
        }
        model.addAttribute("result", LintView.of(answer, uploaded ? file.getOriginalFilename() : null));
        // The pasted text stays in the form, so that it can be corrected and checked again; an upload is not echoed.
        return show(model, uploaded ? "" : pasted, ledgerId == null ? "" : ledgerId, null);
    }

    private String problem(Model model, LedgerRejection refused, boolean uploaded, String pasted, String ledgerId) {
        String why = refused.code() == ErrorCode.VALIDATION_FAILED && refused.violations().size() == 1
                ? refused.violations().get(0).message() : refused.getMessage();
        String heading = switch (refused.code()) {
            case DOCUMENT_TOO_LARGE -> "文本过大，未检查";
            case NOT_A_PUBLISHED_REPORT -> "不是部门决算或绩效自评报告，未检查";
            default -> "无法读取该文本，未检查";
        };
        boolean keep = !uploaded && refused.code() != ErrorCode.DOCUMENT_TOO_LARGE;
        return show(model, keep ? pasted : "", ledgerId == null ? "" : ledgerId, heading + "（" + refused.code().name() + "）：" + why);
    }

    /** A ledger chosen in the form, as unit/year, refused (404, the refused page) unless the user may read it. */
    private static String readable(String ledger) {
        String[] parts = ledger.split("/", -1);
        if (parts.length != 2) {
            throw LedgerRejection.invalid("ledger", "must be unit/year, such as ZZJJ/2023");
        }
        LedgerRef ref = LedgerPaths.ledgerRef(parts[0], parts[1]);
        LedgerAccess.require(CurrentUser.get(), ref, Action.READ);
        return ref.id();
    }

    private String show(Model model, String text, String ledger, String problem) {
        LedgerUser user = CurrentUser.get();
        List<LedgerSummary> ledgers = directory.all().stream().filter(l -> user.may(Action.READ, l.unitCode())).toList();
        model.addAttribute("ledgers", ledgers);
        model.addAttribute("text", text);
        model.addAttribute("ledger", ledger);
        model.addAttribute("problem", problem);
        model.addAttribute("maxBytes", PublishedText.MAX_BYTES);
        return "lint/page";
    }
}
