package org.budgetledger.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API chain's check of a {@link UserAssertions user assertion}: a request with
 * {@code X-Ledger-Assertion} is made on behalf of the user it names if the signature and the time
 * are valid and the user is a local, enabled user (a user of the OpenID issuer has no row and
 * cannot be asserted); the principal is then that {@link LedgerUser}. Anything else answers
 * {@code 401 UNAUTHENTICATED} ({@link ProblemRefusals}) and is recorded as a failed login
 * ("assertion"); it does not count towards the lock of the name ({@link LoginThrottle}), which
 * a forged assertion must not be able to set off. A request without the header passes untouched.
 * Not a bean, so that it is not also registered as a servlet filter for every request.
 */
class UserAssertionFilter extends OncePerRequestFilter {

    private final UserAssertions assertions;
    private final Users users;
    private final ProblemRefusals refusals;
    private final SecurityEvents events;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    UserAssertionFilter(UserAssertions assertions, Users users, ProblemRefusals refusals, SecurityEvents events) {
        this.assertions = assertions;
        this.users = users;
        this.refusals = refusals;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String assertion = request.getHeader(UserAssertions.ASSERTION);
        if (assertion == null) {
            chain.doFilter(request, response);
            return;
        }
        String username = request.getHeader(UserAssertions.ON_BEHALF_OF);
        String problem = assertions.problemWith(username, request.getHeader(UserAssertions.ASSERTED_AT), assertion);
        Optional<StoredUser> stored = problem == null ? users.stored(username) : Optional.empty();
        if (problem == null && stored.isEmpty()) {
            problem = "unknown user name (only a local user can be asserted)";
        } else if (problem == null && !stored.get().enabled()) {
            problem = "the user is disabled";
        }
        if (problem != null) {
            contexts.clearContext();
            events.record(SecurityEvent.Type.LOGIN_FAILED, username, request.getRemoteAddr(), SecurityEvent.Outcome.FAILURE,
                    "assertion: " + problem);
            refusals.commence(request, response, new InvalidAssertion());
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new LedgerAuthentication(stored.get().asLedgerUser(), null));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }

    /** The refusal of an assertion: one answer whatever was wrong, so that nobody learns which names exist. */
    static final class InvalidAssertion extends AuthenticationException {

        InvalidAssertion() {
            super("The user assertion is not valid");
        }
    }
}
