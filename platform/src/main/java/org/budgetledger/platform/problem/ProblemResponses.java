package org.budgetledger.platform.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.ObjectMapper;

/**
 * The one place where refusals become RFC 9457 problem+json: {@code type}, {@code title},
 * {@code status}, {@code detail}, the stable {@code code} and, for validation, {@code errors}.
 */
@RestControllerAdvice
// Before Spring Boot's own problem-details advice, which would answer without type and code.
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // the UI's page-rendering advice (org.budgetledger.ui.errors.UiRefusals) goes first
public class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String TYPE_BASE = "https://budget-ledger.org/problems/";

    /** The problem body of a rejection, also used for the per-line results of a journal. */
    public static Problem body(LedgerRejection rejection) {
        ErrorCode code = rejection.code();
        return new Problem(TYPE_BASE + code.name().toLowerCase().replace('_', '-'), code.title(), ProblemStatus.of(code),
                rejection.getMessage(), code.name(), rejection.violations().isEmpty() ? null
                        : rejection.violations().stream().map(Problem.FieldError::of).toList());
    }

    /**
     * Writes a rejection as problem+json straight to the servlet response, for the filters and
     * security handlers that answer before (or instead of) a controller; headers of their own are
     * set before this.
     */
    public static void write(HttpServletResponse response, LedgerRejection rejection, ObjectMapper json) throws IOException {
        Problem body = body(rejection);
        response.setStatus(body.status());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }

    /** Translates whatever a command or query threw into a rejection with a code. */
    public static LedgerRejection asRejection(Throwable failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof LedgerRejection rejection) {
                return rejection;
            }
            if (cause instanceof AggregateNotFoundException notFound) {
                return new LedgerRejection(ErrorCode.LEDGER_NOT_FOUND, "No ledger " + notFound.getAggregateIdentifier());
            }
            if (DatabaseFailures.isUnavailable(cause)) {
                return DatabaseFailures.rejection();
            }
            if (cause instanceof ConcurrencyException) {
                return new LedgerRejection(ErrorCode.CONCURRENT_MODIFICATION,
                        "Another request changed the ledger at the same moment; nothing was recorded, repeat the request");
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return null;
    }

    @ExceptionHandler(LedgerRejection.class)
    public ResponseEntity<ProblemDetail> rejected(LedgerRejection rejection) {
        return problem(rejection);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return problem(LedgerRejection.invalid("body", "is not valid JSON or has a value of the wrong type"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ProblemDetail> mistyped(MethodArgumentTypeMismatchException e) {
        return problem(LedgerRejection.invalid(e.getName(), "has a value of the wrong type: " + e.getValue()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    public ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        return problem(LedgerRejection.invalid(e.getParameterName(), "is required"));
    }

    /**
     * Everything else. Spring's own refusals (unknown path, wrong method or media type) keep
     * their status and get a code named after it; anything unexpected is a 500 with a code, so
     * that no answer leaves the problem+json contract.
     */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception e) {
        LedgerRejection rejection = asRejection(e);
        if (rejection != null) {
            return problem(rejection);
        }
        if (e instanceof ErrorResponse refusal) {
            ProblemDetail body = refusal.getBody();
            body.setProperty("code", HttpStatus.valueOf(refusal.getStatusCode().value()).name());
            return ResponseEntity.status(refusal.getStatusCode()).headers(refusal.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
        }
        log.error("Unexpected failure", e);
        return problem(new LedgerRejection(ErrorCode.INTERNAL_ERROR,
                "The request failed unexpectedly (" + e.getClass().getSimpleName() + "); the server log has the details"));
    }

    private static ResponseEntity<ProblemDetail> problem(LedgerRejection rejection) {
        Problem body = body(rejection);
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(body.status()), body.detail());
        detail.setType(URI.create(body.type()));
        detail.setTitle(body.title());
        detail.setProperty("code", body.code());
        if (body.errors() != null) {
            detail.setProperty("errors", body.errors());
        }
        if (body.status() >= 500) {
            log.warn("{}: {}", body.code(), rejection.getMessage());
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(body.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (rejection.code() == ErrorCode.DATABASE_UNAVAILABLE) {
            answer.header(org.springframework.http.HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseFailures.RETRY_AFTER_SECONDS));
        }
        return answer.body(detail);
    }
}
