package org.budgetledger.rejection;

/**
 * Every way the ledger refuses a request, with a short title. The names are part of the
 * contract: clients branch on them, so they never change. They belong to the domain, which
 * knows nothing of HTTP; the web layer maps each code to its status in one place
 * ({@code org.budgetledger.platform.problem.ProblemStatus}).
 */
public enum ErrorCode {
    VALIDATION_FAILED("The request is not valid"),
    UNAUTHENTICATED("Authentication required"),
    FORBIDDEN("Not allowed for your role"),
    TOO_MANY_FAILED_LOGINS("Too many failed logins; wait before trying again"),
    USER_NOT_FOUND("User not found"),
    USER_EXISTS("User already exists"),
    UNKNOWN_FUNCTION_CODE("Unknown function code"),
    UNKNOWN_ECONOMIC_CODE("Unknown economic code"),
    DATE_OUTSIDE_FISCAL_YEAR("Date outside the fiscal year"),
    LEDGER_NOT_FOUND("Ledger not found"),
    LINE_NOT_FOUND("Budget line not found"),
    EXPENDITURE_NOT_FOUND("Expenditure not found"),
    REPORT_NOT_FOUND("Report not found"),
    LEDGER_EXISTS("Ledger already exists"),
    LEDGER_CLOSED("Ledger is closed"),
    REQUEST_ID_CONFLICT("Request id already used for a different request"),
    VOUCHER_EXISTS("Voucher number already used"),
    PRIOR_YEAR_NOT_CLOSED("Previous year not closed"),
    LATER_YEAR_EXISTS("A later year of the unit is already open"),
    PROJECT_NAME_MISMATCH("Project name does not match"),
    EXPENDITURE_ALREADY_REVERSED("Expenditure already reversed"),
    CONCURRENT_MODIFICATION("The ledger changed while the request was applied; repeat it"),
    EXCEEDS_AVAILABLE("Expenditure exceeds the available balance"),
    CUT_EXCEEDS_AVAILABLE("Cut exceeds the available balance"),
    THREE_PUBLIC_BUDGET_EXCEEDED("三公 control budget exceeded"),
    CONTROL_BUDGET_EXCEEDED("会议费 or 培训费 control budget exceeded"),
    INVALID_DISPOSITION("Disposition not allowed for this line"),
    TRANSFER_NOT_ALLOWED("Transfer not allowed between these lines"),
    SELF_APPROVAL_FORBIDDEN("A payment request is approved by someone other than its requester"),
    PAYMENT_REQUEST_NOT_FOUND("Payment request not found"),
    PAYMENT_REQUEST_NOT_PENDING("Payment request is no longer pending"),
    PENDING_PAYMENT_REQUESTS("Payment requests are still pending"),
    DEPARTMENT_NOT_FOUND("Department not found"),
    UNKNOWN_UNIT("No ledger of this unit exists"),
    UNIT_IN_OTHER_DEPARTMENT("The unit already belongs to another department that year"),
    DOCUMENT_TOO_LARGE("The document is larger than the lint reads"),
    NOT_A_PUBLISHED_REPORT("The text is not a published final account or self-evaluation"),
    INTERNAL_ERROR("The request failed unexpectedly"),
    PROJECTION_BEHIND("The read side has not caught up yet"),
    DATABASE_UNAVAILABLE("The database is not reachable; nothing was recorded, repeat the request shortly"),
    BODY_TOO_LARGE("The request body is larger than this endpoint takes");

    private final String title;

    ErrorCode(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
