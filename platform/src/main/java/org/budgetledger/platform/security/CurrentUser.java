package org.budgetledger.platform.security;

import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The authenticated caller of the current request. Every authentication mechanism leaves a
 * {@link LedgerUser} as the principal of its {@link Authentication}.
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static LedgerUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof LedgerUser user) {
            return user;
        }
        if (authentication != null && authentication.getDetails() instanceof LedgerUser user) {
            return user;
        }
        throw new LedgerRejection(ErrorCode.UNAUTHENTICATED, "Authentication required");
    }
}
