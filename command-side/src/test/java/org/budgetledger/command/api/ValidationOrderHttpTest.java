package org.budgetledger.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.command.Requests.appropriation;
import static org.budgetledger.command.Requests.expenditure;
import static org.budgetledger.command.Requests.generalBasicLine;
import static org.budgetledger.command.Requests.map;
import static org.budgetledger.command.Requests.openLedger;
import static org.budgetledger.command.Requests.with;

import java.util.Map;
import org.budgetledger.command.Answer;
import org.budgetledger.command.CommandSideHttpTest;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.Test;

/**
 * A request is checked for its shape, then against the classification of its ledger's year,
 * and only then against the ledger's state: a code that does not exist is the request's fault
 * whatever the ledger holds.
 */
class ValidationOrderHttpTest extends CommandSideHttpTest {

    /** 2070904 地方旅游开发项目补助: a government-fund 项 of 20709 旅游发展基金支出. */
    private static final Map<String, Object> TOURISM_FUND_LINE = map("fund", "GOVERNMENT_FUND", "functionCode", "2070904",
            "nature", "PROJECT", "projectCode", "LY-01", "projectName", "地方旅游开发项目补助");

    @Test
    void anExpenditureOnAnUnknownFunctionCodeIsRefusedAsUnknownBeforeTheLineIsLookedFor() {
        String unit = newUnit("ORD");
        open2023WithBasicBudget(unit, "1000.00");
        Map<String, Object> unknownLine = map("fund", "GENERAL_BUDGET", "functionCode", "2049998", "nature", "BASIC");

        Answer answer = refused(unit + "/2023", ErrorCode.UNKNOWN_FUNCTION_CODE, () -> api.command(unit, 2023, "expenditures",
                expenditure("exp-1", unknownLine, "30201", "1.00", "V-1")));

        assertThat(answer.text("detail")).contains("2049998");
    }

    @Test
    void anUnknownFunctionCodeIsRefusedAsUnknownEvenOnALedgerThatDoesNotExist() {
        String unit = newUnit("ORD");
        Map<String, Object> unknownLine = map("fund", "GENERAL_BUDGET", "functionCode", "2049998", "nature", "BASIC");

        refused(unit + "/2023", ErrorCode.UNKNOWN_FUNCTION_CODE, () -> api.command(unit, 2023, "appropriations",
                appropriation("app-1", unknownLine, "1.00")));
    }

    @Test
    void anUnknownEconomicCodeIsRefusedBeforeTheLineIsLookedFor() {
        String unit = newUnit("ORD");
        open2023(unit);

        refused(unit + "/2023", ErrorCode.UNKNOWN_ECONOMIC_CODE, () -> api.command(unit, 2023, "expenditures",
                expenditure("exp-1", generalBasicLine(), "30298", "1.00", "V-1")));
    }

    @Test
    void aBadShapeIsReportedBeforeAnUnknownCode() {
        String unit = newUnit("ORD");
        open2023(unit);
        Map<String, Object> unknownLine = map("fund", "GENERAL_BUDGET", "functionCode", "2049998", "nature", "BASIC");

        Answer answer = refused(unit + "/2023", ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "expenditures",
                with(expenditure("exp-1", unknownLine, "30201", "1.00", "V-1"), "amount", "1.234")));

        assertThat(answer.body().path("errors").findValuesAsString("field")).containsExactly("amount");
    }

    @Test
    void aGovernmentFundTourismLineIsBookableInA2025Ledger() {
        String unit = newUnit("WL");
        accepted201(api.openLedger(openLedger("open-" + unit, unit, 2025)));
        accepted(api.command(unit, 2025, "appropriations", with(appropriation("app-1", TOURISM_FUND_LINE, "800000.00"),
                "effectiveDate", "2025-02-10")));

        Answer spent = accepted(api.command(unit, 2025, "expenditures", with(with(expenditure("exp-1",
                map("fund", "GOVERNMENT_FUND", "functionCode", "2070904", "nature", "PROJECT", "projectCode", "LY-01"),
                "31005", "300000.00", "记-2025-0001"), "effectiveDate", "2025-06-30"), "payee", "某景区管理处")));

        assertThat(spent.body().path("line").path("available").asString()).isEqualTo("500000.00");
    }

    @Test
    void aLedgerIsCheckedAgainstItsOwnYearsClassification() {
        // 2170404 中央金融机构注资特别国债支出 was added in the 2025 classification.
        Map<String, Object> line = map("fund", "GENERAL_BUDGET", "functionCode", "2170404", "nature", "BASIC");
        String unit = newUnit("YR");
        accepted201(api.openLedger(openLedger("open-2024-" + unit, unit, 2024)));

        refused(unit + "/2024", ErrorCode.UNKNOWN_FUNCTION_CODE, () -> api.command(unit, 2024, "appropriations",
                with(appropriation("app-1", line, "10.00"), "effectiveDate", "2024-02-01")));

        String later = newUnit("YR");
        accepted201(api.openLedger(openLedger("open-2025-" + later, later, 2025)));
        accepted(api.command(later, 2025, "appropriations", with(appropriation("app-1", line, "10.00"),
                "effectiveDate", "2025-02-01")));
    }

    private static void accepted201(Answer answer) {
        assertThat(answer.status()).as("answer %s", answer).isEqualTo(201);
    }
}
