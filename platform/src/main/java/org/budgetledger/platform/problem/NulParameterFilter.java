package org.budgetledger.platform.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Refuses a query parameter holding the NUL character ({@code %00}), {@code 400} problem+json
 * {@code VALIDATION_FAILED} on that parameter. PostgreSQL text cannot hold NUL, so such a value
 * (a history filter, say) would otherwise fail in the database and answer a 500; no code or name
 * of the ledger can contain it, so it is bad input wherever it comes. Bodies are checked by their
 * own validation; only the query string is read here, never the body.
 */
public class NulParameterFilter extends OncePerRequestFilter {

    private final ObjectMapper json;

    public NulParameterFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String parameter = parameterWithNul(request.getQueryString());
        if (parameter != null) {
            ProblemResponses.write(response, LedgerRejection.invalid(parameter, "must not contain the NUL character"), json);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The name of the first parameter whose name or value decodes to text with a NUL, or null. */
    static String parameterWithNul(String queryString) {
        if (queryString == null || queryString.isEmpty()) {
            return null;
        }
        for (String pair : queryString.split("&")) {
            int equals = pair.indexOf('=');
            String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
            if (name.indexOf('\u0000') >= 0 || value.indexOf('\u0000') >= 0) {
                return name.replace('\u0000', '?');
            }
        }
        return null;
    }

    private static String decoded(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // A malformed escape is the server's to refuse (400), not this filter's.
            return part;
        }
    }
}
