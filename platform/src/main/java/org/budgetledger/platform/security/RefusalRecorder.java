package org.budgetledger.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.budgetledger.rejection.ErrorCode;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Records every request a handler refused with {@code 403 FORBIDDEN} (a {@code LedgerRejection}
 * answered by {@code ProblemResponses}, such as {@code LedgerAccess}'s or an admin-only
 * endpoint's) as a refused request, so that no endpoint has to remember to.
 */
class RefusalRecorder implements HandlerInterceptor {

    static final String RECORDED = RefusalRecorder.class.getName() + ".recorded";

    private final SecurityEvents events;

    RefusalRecorder(SecurityEvents events) {
        this.events = events;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (response.getStatus() == 403 && request.getAttribute(RECORDED) == null) {
            request.setAttribute(RECORDED, Boolean.TRUE);
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            events.recordRefusal(request, authentication == null ? null : authentication.getName(), ErrorCode.FORBIDDEN, null);
        }
    }
}
