package org.budgetledger.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Refuses an {@link AdminOnly} endpoint to a caller who is not an administrator, before its arguments are read. */
public class AdminOnlyInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            AdminOnly adminOnly = method.getMethodAnnotation(AdminOnly.class);
            if (adminOnly != null && !CurrentUser.get().admin()) {
                throw new LedgerRejection(ErrorCode.FORBIDDEN, "Only an administrator " + adminOnly.value());
            }
        }
        return true;
    }
}
