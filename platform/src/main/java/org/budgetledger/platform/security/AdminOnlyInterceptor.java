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
            LedgerUser user = adminOnly == null ? null : CurrentUser.get();
            boolean approverEverywhere = adminOnly != null && adminOnly.orApproverEverywhere() && user.hasEverywhere(Role.APPROVER);
            if (adminOnly != null && !user.admin() && !approverEverywhere) {
                throw new LedgerRejection(ErrorCode.FORBIDDEN, "Only an administrator"
                        + (adminOnly.orApproverEverywhere() ? " or an APPROVER of every unit (*) " : " ") + adminOnly.value());
            }
        }
        return true;
    }
}
