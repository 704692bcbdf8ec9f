package org.budgetledger.ui.errors;

import jakarta.servlet.http.HttpServletResponse;
import org.budgetledger.platform.problem.ProblemStatus;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal in a UI page answers a page in Chinese with the rejection's status (404 for a
 * ledger one may not see, 403 for an action one's role does not allow, 400 for a bad
 * parameter), never a problem+json body or a stack trace. Ordered before the API's
 * {@code ProblemResponses}, and limited to the UI's controllers.
 */
@ControllerAdvice(basePackages = "org.budgetledger.ui")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UiRefusals {

    /** The template every UI page uses for a refusal. */
    public static final String VIEW = "error/refused";

    @ExceptionHandler(LedgerRejection.class)
    public String refused(LedgerRejection rejection, Model model, HttpServletResponse response) {
        int status = ProblemStatus.of(rejection.code());
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("code", rejection.code().name());
        model.addAttribute("heading", heading(rejection.code()));
        model.addAttribute("explanation", explanation(rejection));
        return VIEW;
    }

    static String heading(ErrorCode code) {
        return switch (code) {
            case LEDGER_NOT_FOUND -> "找不到该台账";
            case FORBIDDEN -> "您的角色无权执行此操作";
            case VALIDATION_FAILED -> "请求参数有误";
            case REPORT_NOT_FOUND -> "找不到该报表";
            case SELF_APPROVAL_FORBIDDEN -> "本人申请，须由他人审核";
            case PAYMENT_REQUEST_NOT_FOUND -> "找不到该付款申请";
            case PAYMENT_REQUEST_NOT_PENDING -> "该付款申请已处理";
            default -> "请求未被受理";
        };
    }

    static String explanation(LedgerRejection rejection) {
        return switch (rejection.code()) {
            case LEDGER_NOT_FOUND -> "该台账不存在，或您没有该单位的权限。如需查看，请联系管理员授权。";
            case FORBIDDEN -> "您在该单位的角色不允许此操作，未作任何记录。查看明细记录（审计轨迹）和“截至记录时间”的视图需要经办、"
                    + "财务负责人或审计角色；记账需要经办或财务负责人；预算、调整、三公控制数和结账需要财务负责人。（" + rejection.getMessage() + "）";
            case VALIDATION_FAILED -> rejection.violations().isEmpty() ? rejection.getMessage()
                    : String.join("；", rejection.violations().stream().map(v -> v.field() + "：" + v.message()).toList());
            case SELF_APPROVAL_FORBIDDEN -> "付款申请须由申请人以外的财务负责人审核（四眼原则），未作任何记录。（" + rejection.getMessage() + "）";
            case PAYMENT_REQUEST_NOT_PENDING -> "该付款申请已审核通过或已退回，不能再次处理，未作任何记录。（" + rejection.getMessage() + "）";
            default -> rejection.getMessage();
        };
    }
}
