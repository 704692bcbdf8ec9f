package org.budgetledger.platform.http;

import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Gives a handler its {@link LedgerRef} from the path variables {@code unit} and {@code year}.
 * A malformed pair names no ledger and answers {@code LEDGER_NOT_FOUND}.
 */
public class LedgerRefResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == LedgerRef.class;
    }

    @Override
    public LedgerRef resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        String unit = variables == null ? null : variables.get("unit");
        String year = variables == null ? null : variables.get("year");
        if (unit == null || year == null) {
            throw new IllegalStateException(parameter.getExecutable() + " takes a LedgerRef but its path has no {unit}/{year}");
        }
        return LedgerPaths.ledgerRef(unit, year);
    }
}
