package org.budgetledger.command.api;

import org.budgetledger.platform.problem.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a command whose body is not JSON the contract's way: {@code VALIDATION_FAILED} naming
 * the {@code body}. {@link ProblemResponses} has that handler, but Spring Boot's own
 * problem-details handler ({@code spring.mvc.problemdetails.enabled}) is ordered before it and
 * answered a generic problem without {@code type} or {@code code}. This advice, ordered first,
 * hands the failure to {@link ProblemResponses}.
 */
@RestControllerAdvice(assignableTypes = LedgerCommandController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnreadableBodyProblems {

    private final ProblemResponses problems;

    UnreadableBodyProblems(ProblemResponses problems) {
        this.problems = problems;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException failure) {
        return problems.unreadable(failure);
    }
}
