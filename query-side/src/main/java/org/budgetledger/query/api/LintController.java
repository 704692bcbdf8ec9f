package org.budgetledger.query.api;

import static org.budgetledger.rejection.ErrorCode.DOCUMENT_TOO_LARGE;
import static org.budgetledger.rejection.ErrorCode.LEDGER_NOT_FOUND;
import static org.budgetledger.rejection.ErrorCode.NOT_A_PUBLISHED_REPORT;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.budgetledger.platform.http.LedgerPaths;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.openapi.Rejects;
import org.budgetledger.platform.security.Action;
import org.budgetledger.platform.security.CurrentUser;
import org.budgetledger.platform.security.LedgerAccess;
import org.budgetledger.platform.security.LedgerUser;
import org.budgetledger.platform.security.SecurityEvents;
import org.budgetledger.query.lint.LintAnswer;
import org.budgetledger.query.lint.LintService;
import org.budgetledger.query.lint.PublishedText;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/lint}: the text of a published 部门决算 or 绩效自评, checked as a reviewer checks
 * it, and with {@code ?ledger=} reconciled with that ledger. Any authenticated user may lint a text;
 * reconciling needs the right to read the ledger, checked before the body is read.
 */
@RestController
@Tag(name = "Lint", description = "Lint of a published report (勾稽检查)")
@RequestMapping("/api/v1")
class LintController {

    /** The body is read up to this many bytes; the rest of a larger one is drained, not kept. */
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    private final LintService lint;
    private final SecurityEvents securityEvents;

    LintController(LintService lint, SecurityEvents securityEvents) {
        this.lint = lint;
        this.securityEvents = securityEvents;
    }

    @Operation(summary = "Lint of a published report", description = "The text of a published final account (部门决算) or "
            + "self-evaluation (绩效自评) as extracted from its PDF, as text/plain UTF-8 of at most " + PublishedText.MAX_BYTES
            + " bytes (2 MiB; larger: 413 DOCUMENT_TOO_LARGE). Answers every finding (rule, severity ERROR|WARNING|INFO, "
            + "message, stated, computed, excerpt, line) and a summary. An empty or binary body is 400 VALIDATION_FAILED, a "
            + "text that is neither document 422 NOT_A_PUBLISHED_REPORT. With ledger=U/Y every recognised figure is also "
            + "reconciled with that ledger's tables (rules LEDGER_*); that needs a read grant on the ledger.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(mediaType = "text/plain",
            schema = @Schema(type = "string", example = "2023年度\n株洲市公安局交通警察支队\n部门决算\n…")))
    @Rejects({DOCUMENT_TOO_LARGE, NOT_A_PUBLISHED_REPORT, LEDGER_NOT_FOUND})
    @PostMapping(path = "/lint", consumes = "text/plain", produces = "application/json")
    LintAnswer lint(@Parameter(description = "A ledger to reconcile with, as unit/year", example = "ZZJJ/2023")
            @RequestParam(required = false) String ledger, HttpServletRequest request) throws IOException {
        String ledgerId = ledger == null || ledger.isBlank() ? null : readableLedger(ledger.strip(), request);
        String text = PublishedText.decode(body(request));
        return ledgerId == null ? lint.lint(text) : lint.lint(text, ledgerId);
    }

    private String readableLedger(String ledger, HttpServletRequest request) {
        String[] parts = ledger.split("/", -1);
        if (parts.length != 2) {
            throw LedgerRejection.invalid("ledger", "must be unit/year, such as ZZJJ/2023");
        }
        LedgerRef ref = LedgerPaths.ledgerRef(parts[0], parts[1]);
        LedgerUser user = CurrentUser.get();
        if (!user.canSee(ref.unitCode())) {
            securityEvents.recordRefusal(request, user.username(), ErrorCode.LEDGER_NOT_FOUND, "no grant on unit " + ref.unitCode());
        }
        LedgerAccess.require(user, ref, Action.READ);
        return ref.id();
    }

    /**
     * The body up to the limit. A larger one is read to its end and thrown away before the refusal, so
     * that the client, still sending, gets the 413 rather than a connection closed under it.
     */
    private static byte[] body(HttpServletRequest request) throws IOException {
        InputStream in = request.getInputStream();
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            if (total + read <= PublishedText.MAX_BYTES) {
                kept.write(buffer, 0, read);
            }
            total += read;
            if (total > DRAIN_LIMIT) {
                break;
            }
        }
        if (total > PublishedText.MAX_BYTES) {
            throw PublishedText.tooLarge(total);
        }
        return kept.toByteArray();
    }
}
