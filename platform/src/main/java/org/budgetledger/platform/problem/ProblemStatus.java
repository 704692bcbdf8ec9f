package org.budgetledger.platform.problem;

import org.budgetledger.rejection.ErrorCode;

/**
 * The HTTP status of each rejection code: the one place where the domain's refusals meet HTTP.
 * The switch has no default, so a new code does not compile until it is given its status here.
 */
public final class ProblemStatus {

    private ProblemStatus() {
    }

    public static int of(ErrorCode code) {
        return switch (code) {
            case VALIDATION_FAILED, UNKNOWN_FUNCTION_CODE, UNKNOWN_ECONOMIC_CODE, DATE_OUTSIDE_FISCAL_YEAR, UNKNOWN_UNIT -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN, SELF_APPROVAL_FORBIDDEN -> 403;
            case LEDGER_NOT_FOUND, LINE_NOT_FOUND, EXPENDITURE_NOT_FOUND, REPORT_NOT_FOUND, USER_NOT_FOUND, PAYMENT_REQUEST_NOT_FOUND,
                    DEPARTMENT_NOT_FOUND -> 404;
            case LEDGER_EXISTS, LEDGER_CLOSED, REQUEST_ID_CONFLICT, VOUCHER_EXISTS, PRIOR_YEAR_NOT_CLOSED,
                    LATER_YEAR_EXISTS, PROJECT_NAME_MISMATCH, EXPENDITURE_ALREADY_REVERSED, CONCURRENT_MODIFICATION,
                    USER_EXISTS, PAYMENT_REQUEST_NOT_PENDING, PENDING_PAYMENT_REQUESTS, UNIT_IN_OTHER_DEPARTMENT -> 409;
            case EXCEEDS_AVAILABLE, CUT_EXCEEDS_AVAILABLE, THREE_PUBLIC_BUDGET_EXCEEDED, CONTROL_BUDGET_EXCEEDED, INVALID_DISPOSITION, TRANSFER_NOT_ALLOWED,
                    NOT_A_PUBLISHED_REPORT -> 422;
            case BODY_TOO_LARGE, DOCUMENT_TOO_LARGE -> 413;
            case TOO_MANY_FAILED_LOGINS -> 429;
            case INTERNAL_ERROR -> 500;
            case PROJECTION_BEHIND, DATABASE_UNAVAILABLE -> 503;
        };
    }
}
