package org.budgetledger.platform.security.api;

import static org.budgetledger.rejection.ErrorCode.FORBIDDEN;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.budgetledger.platform.openapi.Rejects;
import org.budgetledger.platform.security.CurrentUser;
import org.budgetledger.platform.security.LedgerUser;
import org.budgetledger.platform.security.Role;
import org.budgetledger.platform.security.SecurityEvents;
import org.budgetledger.platform.security.api.UserAnswers.SecurityEventsAnswer;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The journal of identity and access, for whoever checks it: auditors of every unit, who read
 * who did what, and administrators, who answer for the accounts.
 */
@RestController
@Tag(name = "Security events", description = "Logins, failed logins, refused requests, user and grant changes")
@RequestMapping(path = "/api/v1/security-events", produces = MediaType.APPLICATION_JSON_VALUE)
class SecurityEventController {

    private final SecurityEvents events;

    SecurityEventController(SecurityEvents events) {
        this.events = events;
    }

    @Operation(summary = "The security events, newest first (AUDITOR on *, or ADMIN)",
            description = "Each with its time, user, remote address and outcome. A Basic credential served from the short-lived "
                    + "cache of verified credentials is not a new login; Bearer JWT requests are not logins (the issuer records them).")
    @Rejects({FORBIDDEN})
    @GetMapping
    SecurityEventsAnswer list(@Parameter(description = "At most this many events, 1 to 1000", example = "100")
            @RequestParam(defaultValue = "100") int limit) {
        LedgerUser caller = CurrentUser.get();
        if (!caller.admin() && !caller.hasEverywhere(Role.AUDITOR)) {
            throw new LedgerRejection(ErrorCode.FORBIDDEN, "Only an auditor of every unit (AUDITOR on *) or an administrator "
                    + "reads the security events");
        }
        if (limit < 1 || limit > SecurityEvents.MAX_LIMIT) {
            throw LedgerRejection.invalid("limit", "must be a whole number from 1 to " + SecurityEvents.MAX_LIMIT);
        }
        return new SecurityEventsAnswer(events.newest(limit));
    }
}
