package org.budgetledger.platform.problem;

/**
 * Every way the ledger refuses a request, with its HTTP status and title. The names are part of
 * the contract: clients branch on them, so they never change.
 */
public enum ErrorCode {
    VALIDATION_FAILED(400, "The request is not valid"),
    UNKNOWN_FUNCTION_CODE(400, "Unknown function code"),
    UNKNOWN_ECONOMIC_CODE(400, "Unknown economic code"),
    DATE_OUTSIDE_FISCAL_YEAR(400, "Date outside the fiscal year"),
    LEDGER_NOT_FOUND(404, "Ledger not found"),
    LINE_NOT_FOUND(404, "Budget line not found"),
    EXPENDITURE_NOT_FOUND(404, "Expenditure not found"),
    REPORT_NOT_FOUND(404, "Report not found"),
    LEDGER_EXISTS(409, "Ledger already exists"),
    LEDGER_CLOSED(409, "Ledger is closed"),
    REQUEST_ID_CONFLICT(409, "Request id already used for a different request"),
    VOUCHER_EXISTS(409, "Voucher number already used"),
    PRIOR_YEAR_NOT_CLOSED(409, "Previous year not closed"),
    LATER_YEAR_EXISTS(409, "A later year of the unit is already open"),
    PROJECT_NAME_MISMATCH(409, "Project name does not match"),
    EXPENDITURE_ALREADY_REVERSED(409, "Expenditure already reversed"),
    CONCURRENT_MODIFICATION(409, "The ledger changed while the request was applied; repeat it"),
    EXCEEDS_AVAILABLE(422, "Expenditure exceeds the available balance"),
    CUT_EXCEEDS_AVAILABLE(422, "Cut exceeds the available balance"),
    THREE_PUBLIC_BUDGET_EXCEEDED(422, "三公 control budget exceeded"),
    INVALID_DISPOSITION(422, "Disposition not allowed for this line"),
    INTERNAL_ERROR(500, "The request failed unexpectedly"),
    PROJECTION_BEHIND(503, "The read side has not caught up yet");

    private final int status;
    private final String title;

    ErrorCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
