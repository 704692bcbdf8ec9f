package org.budgetledger.platform.problem;

import java.net.URI;
import java.util.LinkedHashMap;

import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
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
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The one place where refusals become RFC 9457 problem+json: {@code type}, {@code title},
 * {@code status}, {@code detail}, the stable {@code code} and, for validation, {@code errors}.
 */
@RestControllerAdvice
// Before Spring Boot's own problem-details advice, which would answer without type and code.
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String TYPE_BASE = "https://budget-ledger.org/problems/";

    /** The problem body of a rejection, also used for the per-line results of a journal. */
    public static Map<String, Object> body(LedgerRejection rejection) {
        ErrorCode code = rejection.code();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + code.name().toLowerCase().replace('_', '-'));
        body.put("title", code.title());
        body.put("status", code.status());
        body.put("detail", rejection.getMessage());
        body.put("code", code.name());
        if (!rejection.violations().isEmpty()) {
            body.put("errors", rejection.violations().stream()
                    .map(v -> { Map<String, Object> error = new LinkedHashMap<>(); error.put("field", v.field()); error.put("message", v.message()); return error; }).toList());
        }
        return body;
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

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    public ResponseEntity<ProblemDetail> unreadable(Exception e) {
        String message = e instanceof HttpMessageNotReadableException
                ? "is not valid JSON or has a value of the wrong type"
                : e.getMessage();
        return problem(LedgerRejection.invalid("body", message));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage());
        detail.setProperty("code", "UNSUPPORTED_MEDIA_TYPE");
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }

    @ExceptionHandler({AggregateNotFoundException.class, ConcurrencyException.class})
    public ResponseEntity<ProblemDetail> axonFailure(Exception e) {
        return problem(asRejection(e));
    }

    private static ResponseEntity<ProblemDetail> problem(LedgerRejection rejection) {
        ErrorCode code = rejection.code();
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(code.status()), rejection.getMessage());
        Map<String, Object> body = body(rejection);
        detail.setType(URI.create((String) body.get("type")));
        detail.setTitle(code.title());
        detail.setProperty("code", code.name());
        if (body.containsKey("errors")) {
            detail.setProperty("errors", body.get("errors"));
        }
        if (code.status() >= 500) {
            log.warn("{}: {}", code, rejection.getMessage());
        }
        return ResponseEntity.status(code.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }

}
