package org.budgetledger.platform.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.Fund;
import org.budgetledger.line.Nature;
import org.budgetledger.platform.request.ApiRequest;
import org.budgetledger.platform.request.Mismatch;
import org.budgetledger.platform.request.Violations;

/**
 * A budget line as the contract writes it, in requests and in answers: fund, 7-digit function
 * 项, nature and, for project lines only, the project's code and name.
 */
@Schema(name = "Line", description = "A budget line (指标): fund, function 项, nature and, for a project line, the project")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LineObject(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "资金性质: the fund the money belongs to",
                example = "GENERAL_BUDGET") Fund fund,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = "[0-9]{7}",
                description = "支出功能分类 项: a 7-digit function code of the ledger's fiscal year", example = "2040202")
        @Mismatch("must be a 7-digit function code (项), such as \"2040201\"") String functionCode,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "BASIC 基本支出 or PROJECT 项目支出",
                example = "PROJECT") Nature nature,
        @Schema(description = "The project's code; required on a PROJECT line, absent on a BASIC one", pattern = "[A-Za-z0-9._-]{1,32}",
                example = "P01") @Mismatch("must be 1 to 32 characters of letters, digits and . _ -") String projectCode,
        @Schema(description = "The project's name; needed the first time a project code is used in a ledger, and must match afterwards",
                example = "交通标志标线、交通设施维护经费") String projectName) implements ApiRequest {

    @Override
    public void check(Violations violations) {
        if (nature == Nature.PROJECT && projectCode == null && !violations.has("projectCode")) {
            violations.reject("projectCode", "is required for a PROJECT line");
        }
        if (nature == Nature.BASIC && projectCode != null) {
            violations.reject("projectCode", "must be absent on a BASIC line");
        }
        if (nature == Nature.BASIC && projectName != null) {
            violations.reject("projectName", "must be absent on a BASIC line");
        }
    }

    public BudgetLine toLine() {
        return new BudgetLine(fund, functionCode, nature, projectCode, projectName);
    }

    public static LineObject of(BudgetLine line) {
        return new LineObject(line.fund(), line.functionCode(), line.nature(), line.projectCode(), line.projectName());
    }
}
