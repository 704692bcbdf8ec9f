package org.budgetledger.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.budgetledger.platform.problem.ProblemResponses;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.ObjectMapper;

/**
 * How the API refuses before a controller runs, in the problem+json of every other refusal:
 * {@code 401 UNAUTHENTICATED} with {@code WWW-Authenticate: Basic realm="budget-ledger"} (and a
 * {@code Bearer} challenge too when the refused credential was a Bearer token),
 * {@code 429 TOO_MANY_FAILED_LOGINS} with {@code Retry-After} for a locked user name, and
 * {@code 403 FORBIDDEN}. A request without any credential and a 403 are recorded as refused
 * requests; a wrong password or token as a failed login.
 */
public class ProblemRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    public static final String REALM = "budget-ledger";
    public static final String BASIC_CHALLENGE = "Basic realm=\"" + REALM + "\"";

    private final ObjectMapper json;
    private final SecurityEvents events;

    ProblemRefusals(ObjectMapper json, SecurityEvents events) {
        this.json = json;
        this.events = events;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof TooManyFailedLogins locked) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(locked.retryAfterSeconds()));
            write(response, new LedgerRejection(ErrorCode.TOO_MANY_FAILED_LOGINS, locked.getMessage()));
            return;
        }
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
        String detail;
        if (failure instanceof OAuth2AuthenticationException || failure instanceof InvalidBearerTokenException) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"");
            events.record(SecurityEvent.Type.LOGIN_FAILED, null, request.getRemoteAddr(), SecurityEvent.Outcome.FAILURE,
                    "Bearer token: " + failure.getMessage());
            detail = "The Bearer token is not valid (signature, issuer or expiry)";
        } else if (failure instanceof UserAssertionFilter.InvalidAssertion) {
            detail = failure.getMessage();
        } else if (failure instanceof InsufficientAuthenticationException) {
            events.recordRefusal(request, null, ErrorCode.UNAUTHENTICATED, "no credentials");
            detail = "Authentication required: HTTP Basic credentials" + " or a Bearer token";
        } else {
            detail = "The user name or password is not valid";
        }
        write(response, new LedgerRejection(ErrorCode.UNAUTHENTICATED, detail));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        String username = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        events.recordRefusal(request, username, ErrorCode.FORBIDDEN, null);
        request.setAttribute(RefusalRecorder.RECORDED, Boolean.TRUE);
        write(response, new LedgerRejection(ErrorCode.FORBIDDEN, "You may not do this"));
    }

    private void write(HttpServletResponse response, LedgerRejection rejection) throws IOException {
        ProblemResponses.write(response, rejection, json);
    }
}
