package org.budgetledger.command.api;

import static org.budgetledger.rejection.ErrorCode.CONTROL_BUDGET_EXCEEDED;
import static org.budgetledger.rejection.ErrorCode.CUT_EXCEEDS_AVAILABLE;
import static org.budgetledger.rejection.ErrorCode.DATE_OUTSIDE_FISCAL_YEAR;
import static org.budgetledger.rejection.ErrorCode.EXCEEDS_AVAILABLE;
import static org.budgetledger.rejection.ErrorCode.EXPENDITURE_ALREADY_REVERSED;
import static org.budgetledger.rejection.ErrorCode.EXPENDITURE_NOT_FOUND;
import static org.budgetledger.rejection.ErrorCode.FORBIDDEN;
import static org.budgetledger.rejection.ErrorCode.INVALID_DISPOSITION;
import static org.budgetledger.rejection.ErrorCode.LATER_YEAR_EXISTS;
import static org.budgetledger.rejection.ErrorCode.LEDGER_CLOSED;
import static org.budgetledger.rejection.ErrorCode.LEDGER_EXISTS;
import static org.budgetledger.rejection.ErrorCode.LEDGER_NOT_FOUND;
import static org.budgetledger.rejection.ErrorCode.LINE_NOT_FOUND;
import static org.budgetledger.rejection.ErrorCode.PAYMENT_REQUEST_NOT_FOUND;
import static org.budgetledger.rejection.ErrorCode.PAYMENT_REQUEST_NOT_PENDING;
import static org.budgetledger.rejection.ErrorCode.PENDING_PAYMENT_REQUESTS;
import static org.budgetledger.rejection.ErrorCode.PRIOR_YEAR_NOT_CLOSED;
import static org.budgetledger.rejection.ErrorCode.PROJECT_NAME_MISMATCH;
import static org.budgetledger.rejection.ErrorCode.SELF_APPROVAL_FORBIDDEN;
import static org.budgetledger.rejection.ErrorCode.THREE_PUBLIC_BUDGET_EXCEEDED;
import static org.budgetledger.rejection.ErrorCode.TRANSFER_NOT_ALLOWED;
import static org.budgetledger.rejection.ErrorCode.UNKNOWN_ECONOMIC_CODE;
import static org.budgetledger.rejection.ErrorCode.UNKNOWN_FUNCTION_CODE;
import static org.budgetledger.rejection.ErrorCode.VOUCHER_EXISTS;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.openapi.Rejects;
import org.budgetledger.platform.security.Action;
import org.budgetledger.platform.security.CurrentUser;
import org.budgetledger.platform.security.LedgerAccess;
import org.budgetledger.platform.security.LedgerUser;
import org.budgetledger.platform.security.Requires;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The commands of a ledger, one endpoint each, as the HTTP contract lists them. Each is
 * recorded as made by the authenticated caller, whose right to it is checked when the ledger of
 * the path is resolved ({@link Requires}). Every command may also answer VALIDATION_FAILED,
 * UNAUTHENTICATED, FORBIDDEN, REQUEST_ID_CONFLICT, CONCURRENT_MODIFICATION and INTERNAL_ERROR
 * ({@link Rejects} adds them to each).
 */
@RestController
@Tag(name = "Commands", description = "Everything a unit records in its ledger; a rejected command records nothing")
@RequestMapping(path = "/api/v1/ledgers", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
class LedgerCommandController {

    private final CommandSender sender;

    LedgerCommandController(CommandSender sender) {
        this.sender = sender;
    }

    @Operation(summary = "OpenLedger: open a unit's ledger for a fiscal year",
            description = "When the unit's previous year is in the ledger it must be closed, and its carried-forward "
                    + "balances come in by themselves; otherwise the opening balances may be stated.")
    @Rejects({LEDGER_NOT_FOUND, FORBIDDEN, LEDGER_EXISTS, PRIOR_YEAR_NOT_CLOSED, LATER_YEAR_EXISTS, UNKNOWN_FUNCTION_CODE, PROJECT_NAME_MISMATCH})
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CommandAnswer openLedger(@RequestBody OpenLedgerRequest request) {
        LedgerUser user = CurrentUser.get();
        LedgerRef ledger = new LedgerRef(request.unitCode(), request.fiscalYear());
        LedgerAccess.require(user, ledger, Action.APPROVE);
        return sender.send(ledger, request.toCommand(user.username()));
    }

    @Operation(summary = "AppropriateFunds (年初预算): the initial appropriation of a fiscal line")
    @Rejects({LEDGER_NOT_FOUND, LEDGER_CLOSED, UNKNOWN_FUNCTION_CODE, DATE_OUTSIDE_FISCAL_YEAR, PROJECT_NAME_MISMATCH})
    @Requires(Action.APPROVE)
    @PostMapping("/{unit}/{year}/appropriations")
    CommandAnswer appropriateFunds(LedgerRef ledger, @RequestBody AppropriateFundsRequest request) {
        return sender.send(ledger, request.toCommand(ledger, CurrentUser.get().username()));
    }

    @Operation(summary = "MidYearAdjust (年中追加 / 压减): increase or cut a fiscal line's budget")
    @Rejects({LEDGER_NOT_FOUND, LEDGER_CLOSED, UNKNOWN_FUNCTION_CODE, DATE_OUTSIDE_FISCAL_YEAR, LINE_NOT_FOUND,
            PROJECT_NAME_MISMATCH, CUT_EXCEEDS_AVAILABLE})
    @Requires(Action.APPROVE)
    @PostMapping("/{unit}/{year}/adjustments")
    CommandAnswer midYearAdjust(LedgerRef ledger, @RequestBody MidYearAdjustRequest request) {
        return sender.send(ledger, request.toCommand(ledger, CurrentUser.get().username()));
    }

    @Operation(summary = "TransferBudget (调剂): move budget between two fiscal lines of the same fund and nature",
            description = "One atomic entry: from's budget goes down, to's goes up (to may be a new line); neither "
                    + "initial budget nor the year's fiscal income changes. basic→basic and project→project only.")
    @Rejects({LEDGER_NOT_FOUND, LEDGER_CLOSED, UNKNOWN_FUNCTION_CODE, DATE_OUTSIDE_FISCAL_YEAR, LINE_NOT_FOUND,
            PROJECT_NAME_MISMATCH, TRANSFER_NOT_ALLOWED, EXCEEDS_AVAILABLE})
    @Requires(Action.APPROVE)
    @PostMapping("/{unit}/{year}/transfers")
    CommandAnswer transferBudget(LedgerRef ledger, @RequestBody TransferBudgetRequest request) {
        return sender.send(ledger, request.toCommand(ledger, CurrentUser.get().username()));
    }

    @Operation(summary = "RecordRevenue: non-fiscal revenue on a UNIT_FUNDS line")
    @Rejects({LEDGER_NOT_FOUND, LEDGER_CLOSED, UNKNOWN_FUNCTION_CODE, DATE_OUTSIDE_FISCAL_YEAR, VOUCHER_EXISTS,
            PROJECT_NAME_MISMATCH})
    @Requires(Action.RECORD)
    @PostMapping("/{unit}/{year}/revenues")
    CommandAnswer recordRevenue(LedgerRef ledger, @RequestBody RecordRevenueRequest request) {
        return sender.send(ledger, request.toCommand(ledger, CurrentUser.get().username()));
    }

    @Operation(summary = "RecordExpenditure: an expenditure from a line")
    @Rejects({LEDGER_NOT_FOUND, LEDGER_CLOSED, UNKNOWN_FUNCTION_CODE, UNKNOWN_ECONOMIC_CODE, DATE_OUTSIDE_FISCAL_YEAR,
            LINE_NOT_FOUND, VOUCHER_EXISTS, PROJECT_NAME_MISMATCH, EXCEEDS_AVAILABLE, THREE_PUBLIC_BUDGET_EXCEEDED,
            CONTROL_BUDGET_EXCEEDED})
    @Requires(Action.RECORD)
    @PostMapping("/{unit}/{year}/expenditures")
    CommandAnswer recordExpenditure(LedgerRef ledger, @RequestBody RecordExpenditureRequest request) {
        return sender.send(ledger, request.toCommand(ledger, CurrentUser.get().username()));
    }

    @Operation(summary = "RequestPayment (申请): reserve an expenditure's amount until another APPROVER decides",
            description = "Checked as an expenditure (available balance and 三公 control budgets, both after what pending "
                    + "requests hold, and the 会议费/培训费 budgets); the amount is reserved (冻结) on the line at once. Answers the paymentRequestId.")
    @Rejects({LEDGER_NOT_FOUND, LEDGER_CLOSED, UNKNOWN_FUNCTION_CODE, UNKNOWN_ECONOMIC_CODE, DATE_OUTSIDE_FISCAL_YEAR,
            LINE_NOT_FOUND, VOUCHER_EXISTS, PROJECT_NAME_MISMATCH, EXCEEDS_AVAILABLE, THREE_PUBLIC_BUDGET_EXCEEDED,
            CONTROL_BUDGET_EXCEEDED})
    @Requires(Action.RECORD)
    @PostMapping("/{unit}/{year}/payment-requests")
    @ResponseStatus(HttpStatus.CREATED)
    CommandAnswer requestPayment(LedgerRef ledger, @RequestBody RecordExpenditureRequest request) {
        return sender.send(ledger, request.toPaymentRequest(ledger, CurrentUser.get().username())).withStatus("PENDING");
    }

    @Operation(summary = "ApprovePayment (审核): a pending request becomes an expenditure",
            description = "Four eyes: by an APPROVER other than the requester (SELF_APPROVAL_FORBIDDEN otherwise).")
    @Rejects({LEDGER_NOT_FOUND, LEDGER_CLOSED, DATE_OUTSIDE_FISCAL_YEAR, SELF_APPROVAL_FORBIDDEN, PAYMENT_REQUEST_NOT_FOUND,
            PAYMENT_REQUEST_NOT_PENDING})
    @Requires(Action.APPROVE)
    @PostMapping("/{unit}/{year}/payment-requests/{paymentRequestId}/approval")
    CommandAnswer approvePayment(LedgerRef ledger,
            @Parameter(description = "The payment request", example = "PR-12") @PathVariable String paymentRequestId,
            @RequestBody ApprovePaymentRequest request) {
        return sender.send(ledger, request.toCommand(ledger, paymentRequestId, CurrentUser.get().username()))
                .withStatus("APPROVED");
    }

    @Operation(summary = "RejectPayment (退回): a pending request is rejected with a reason, its reservation released")
    @Rejects({LEDGER_NOT_FOUND, LEDGER_CLOSED, DATE_OUTSIDE_FISCAL_YEAR, PAYMENT_REQUEST_NOT_FOUND, PAYMENT_REQUEST_NOT_PENDING})
    @Requires(Action.APPROVE)
    @PostMapping("/{unit}/{year}/payment-requests/{paymentRequestId}/rejection")
    CommandAnswer rejectPayment(LedgerRef ledger,
            @Parameter(description = "The payment request", example = "PR-12") @PathVariable String paymentRequestId,
            @RequestBody RejectPaymentRequest request) {
        return sender.send(ledger, request.toCommand(ledger, paymentRequestId, CurrentUser.get().username()))
                .withStatus("REJECTED");
    }

    @Operation(summary = "ReverseExpenditure: undo a whole expenditure, once")
    @Rejects({LEDGER_NOT_FOUND, LEDGER_CLOSED, DATE_OUTSIDE_FISCAL_YEAR, EXPENDITURE_NOT_FOUND, EXPENDITURE_ALREADY_REVERSED})
    @Requires(Action.RECORD)
    @PostMapping("/{unit}/{year}/expenditures/{voucherNo}/reversal")
    CommandAnswer reverseExpenditure(LedgerRef ledger,
            @Parameter(description = "The voucher of the expenditure to reverse", example = "记-2024-0001")
            @PathVariable String voucherNo, @RequestBody ReverseExpenditureRequest request) {
        return sender.send(ledger, request.toCommand(ledger, voucherNo, CurrentUser.get().username()));
    }

    @Operation(summary = "SetThreePublicBudget: replace a 三公 category's control budget")
    @Rejects({LEDGER_NOT_FOUND, LEDGER_CLOSED, DATE_OUTSIDE_FISCAL_YEAR, THREE_PUBLIC_BUDGET_EXCEEDED})
    @Requires(Action.APPROVE)
    @PostMapping("/{unit}/{year}/three-public-budgets")
    CommandAnswer setThreePublicBudget(LedgerRef ledger, @RequestBody SetThreePublicBudgetRequest request) {
        return sender.send(ledger, request.toCommand(ledger, CurrentUser.get().username()));
    }

    @Operation(summary = "SetControlBudget: replace the budget of 会议费, 培训费 or 机关运行经费",
            description = "MEETING (30215) and TRAINING (30216) limit fiscal spending on their code, payment requests "
                    + "included, as the 三公 budgets do (CONTROL_BUDGET_EXCEEDED beyond them, and when set below what is "
                    + "already spent); OPERATING_COSTS is compared with the 机关运行经费 in general-costs, never enforced.")
    @Rejects({LEDGER_NOT_FOUND, LEDGER_CLOSED, DATE_OUTSIDE_FISCAL_YEAR, CONTROL_BUDGET_EXCEEDED})
    @Requires(Action.APPROVE)
    @PostMapping("/{unit}/{year}/control-budgets")
    CommandAnswer setControlBudget(LedgerRef ledger, @RequestBody SetControlBudgetRequest request) {
        return sender.send(ledger, request.toCommand(ledger, CurrentUser.get().username()));
    }

    @Operation(summary = "RecordStatement: state facts the books do not hold (assets, the previous year's totals)",
            description = "Replaces the previous statement of the kind. Until 31 March of the next year, after the close too.")
    @Rejects({LEDGER_NOT_FOUND, DATE_OUTSIDE_FISCAL_YEAR})
    @Requires(Action.APPROVE)
    @PostMapping("/{unit}/{year}/statements")
    CommandAnswer recordStatement(LedgerRef ledger, @RequestBody RecordStatementRequest request) {
        return sender.send(ledger, request.toCommand(ledger, CurrentUser.get().username()));
    }

    @Operation(summary = "SetPerformanceTargets (绩效目标): the targets of a project or of the unit",
            description = "Weights of a scope add up to 90 (budget execution holds the other 10); sent again with a new "
                    + "requestId it replaces the scope's targets, the history keeps both.")
    @Rejects({LEDGER_NOT_FOUND, LEDGER_CLOSED, DATE_OUTSIDE_FISCAL_YEAR})
    @Requires(Action.APPROVE)
    @PostMapping("/{unit}/{year}/performance-targets")
    CommandAnswer setPerformanceTargets(LedgerRef ledger, @RequestBody SetPerformanceTargetsRequest request) {
        return sender.send(ledger, request.toCommand(ledger, CurrentUser.get().username()));
    }

    @Operation(summary = "RecordPerformanceResult (实际完成值): the result of one indicator",
            description = "Until 31 March of the next year, after the close too. A result that misses its target needs a "
                    + "deviationReason (VALIDATION_FAILED otherwise).")
    @Rejects({LEDGER_NOT_FOUND, DATE_OUTSIDE_FISCAL_YEAR})
    @Requires(Action.RECORD)
    @PostMapping("/{unit}/{year}/performance-results")
    CommandAnswer recordPerformanceResult(LedgerRef ledger, @RequestBody RecordPerformanceResultRequest request) {
        return sender.send(ledger, request.toCommand(ledger, CurrentUser.get().username()));
    }

    @Operation(summary = "CloseYear: dispose of every balance and close the ledger")
    @Rejects({LEDGER_NOT_FOUND, LEDGER_CLOSED, UNKNOWN_FUNCTION_CODE, DATE_OUTSIDE_FISCAL_YEAR, LINE_NOT_FOUND,
            INVALID_DISPOSITION, PENDING_PAYMENT_REQUESTS})
    @Requires(Action.APPROVE)
    @PostMapping("/{unit}/{year}/closing")
    CommandAnswer closeYear(LedgerRef ledger, @RequestBody CloseYearRequest request) {
        return sender.send(ledger, request.toCommand(ledger, CurrentUser.get().username()));
    }
}
