package org.budgetledger.platform.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.budgetledger.rejection.LedgerRejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Outside every other filter: a database outage met before a controller runs (the user lookup of
 * a login, a refusal being recorded) is answered like one met inside it, {@code 503}
 * problem+json {@code DATABASE_UNAVAILABLE} with {@code Retry-After}, not a 500 and a stack
 * trace from the container's error page. Other failures pass through unchanged.
 */
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final ObjectMapper json;

    public DatabaseUnavailableFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!DatabaseFailures.isUnavailable(failure) || response.isCommitted()) {
                throw failure;
            }
            LedgerRejection rejection = DatabaseFailures.rejection();
            log.warn("{}: {} {} ({})", rejection.code(), request.getMethod(), request.getRequestURI(), rootMessage(failure));
            response.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseFailures.RETRY_AFTER_SECONDS));
            ProblemResponses.write(response, rejection, json);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
