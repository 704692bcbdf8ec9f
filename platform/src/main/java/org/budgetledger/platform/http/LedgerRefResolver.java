package org.budgetledger.platform.http;

import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import org.budgetledger.platform.security.CurrentUser;
import org.budgetledger.platform.security.DepartmentVisibility;
import org.budgetledger.platform.security.LedgerUser;
import org.budgetledger.platform.security.SecurityEvents;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.platform.security.LedgerAccess;
import org.budgetledger.platform.security.Requires;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Gives a handler its {@link LedgerRef} from the path variables {@code unit} and {@code year},
 * after checking the caller's right to the handler's {@link Requires action} on that ledger:
 * the one place where a request meets the ledger it names, so a handler that holds a
 * {@code LedgerRef} is authorized. A malformed pair names no ledger and answers
 * {@code LEDGER_NOT_FOUND}, as does a unit the caller has no grant on.
 */
public class LedgerRefResolver implements HandlerMethodArgumentResolver {

    private final SecurityEvents securityEvents;
    private final DepartmentVisibility departments;

    public LedgerRefResolver(SecurityEvents securityEvents, DepartmentVisibility departments) {
        this.securityEvents = securityEvents;
        this.departments = departments;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == LedgerRef.class;
    }

    @Override
    public LedgerRef resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        Requires requires = parameter.getMethodAnnotation(Requires.class);
        if (requires == null) {
            throw new IllegalStateException(parameter.getExecutable() + " takes a LedgerRef but says no @Requires action");
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        String unit = variables == null ? null : variables.get("unit");
        String year = variables == null ? null : variables.get("year");
        if (unit == null || year == null) {
            throw new IllegalStateException(parameter.getExecutable() + " takes a LedgerRef but its path has no {unit}/{year}");
        }
        LedgerRef ledger = LedgerPaths.ledgerRef(unit, year);
        LedgerUser user = CurrentUser.get();
        if (!departments.canSee(user, ledger.unitCode(), ledger.fiscalYear())) {
            // Answered as a ledger that does not exist, but recorded: someone asked for books they hold no grant on.
            securityEvents.recordRefusal(request.getNativeRequest(HttpServletRequest.class), user.username(),
                    ErrorCode.LEDGER_NOT_FOUND, "no grant on unit " + ledger.unitCode());
        }
        LedgerAccess.require(user, ledger, requires.value(), departments);
        return ledger;
    }
}
