package org.budgetledger.ui.department;

import java.util.List;
import org.budgetledger.platform.http.LedgerPaths;
import org.budgetledger.platform.security.CurrentUser;
import org.budgetledger.platform.security.LedgerUser;
import org.budgetledger.query.department.ConsolidatedPosition;
import org.budgetledger.query.department.Department;
import org.budgetledger.query.department.DepartmentAccess;
import org.budgetledger.query.department.DepartmentDirectory;
import org.budgetledger.query.department.DepartmentPositions;
import org.budgetledger.query.department.PairElimination;
import org.budgetledger.query.report.ConsistencyCheck;
import org.budgetledger.query.report.Report;
import org.budgetledger.query.report.ReportBuilder;
import org.budgetledger.query.report.ReportId;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The department pages: the departments the user may read, and one department's year with a
 * consolidated table (汇总表), each member's share of table 01 and what was eliminated. The figures
 * are the API's, computed by the same {@link DepartmentPositions} and {@link ReportBuilder}.
 */
@Controller
class DepartmentPageController {

    private final DepartmentDirectory directory;
    private final DepartmentPositions positions;
    private final DepartmentAccess access;
    private final ReportBuilder builder;
    private final ConsistencyCheck consistency;
    private final DepartmentBreakdownView breakdown;

    DepartmentPageController(DepartmentDirectory directory, DepartmentPositions positions, DepartmentAccess access,
            ReportBuilder builder, ConsistencyCheck consistency, DepartmentBreakdownView breakdown) {
        this.directory = directory;
        this.positions = positions;
        this.access = access;
        this.builder = builder;
        this.consistency = consistency;
        this.breakdown = breakdown;
    }

    @GetMapping("/departments")
    String departments(Model model) {
        LedgerUser user = CurrentUser.get();
        List<Department> visible = directory.all().stream().filter(department -> user.canSee(department.code())).toList();
        model.addAttribute("departments", visible);
        return "department/list";
    }

    @GetMapping("/departments/{code}/{year}")
    String department(@PathVariable String code, @PathVariable String year, @RequestParam(required = false) String table,
            @RequestParam(required = false) String asOf, Model model) {
        access.require(CurrentUser.get(), code, null, null);
        int fiscalYear = year(code, year);
        ConsolidatedPosition department = positions.of(code, fiscalYear, LedgerPaths.date("asOf", asOf), null);
        ReportId chosen = table == null || table.isBlank() ? ReportId.INCOME_EXPENDITURE_SUMMARY
                : ReportId.parse(table).filter(id -> id != ReportId.PERFORMANCE_PROJECT && id != ReportId.PERFORMANCE_UNIT)
                        .orElseThrow(() -> new LedgerRejection(ErrorCode.REPORT_NOT_FOUND, "No department table " + table));
        Report report = builder.build(chosen, department.positionFor(chosen));
        model.addAttribute("department", department);
        model.addAttribute("year", fiscalYear);
        model.addAttribute("asOf", asOf == null ? "" : asOf);
        model.addAttribute("tables", List.of(ReportId.values()).stream()
                .filter(id -> id != ReportId.PERFORMANCE_PROJECT && id != ReportId.PERFORMANCE_UNIT).toList());
        model.addAttribute("chosen", chosen);
        model.addAttribute("eliminated", ConsolidatedPosition.eliminates(chosen));
        model.addAttribute("report", report);
        model.addAttribute("breakdown", breakdown.of(department));
        model.addAttribute("pairs", department.eliminations().stream().map(EliminationRow::of).toList());
        model.addAttribute("checks", consistency.check(department.allFunds(), department.fiscal()));
        return "department/department";
    }

    private static int year(String code, String year) {
        try {
            return Integer.parseInt(year);
        } catch (NumberFormatException e) {
            throw new LedgerRejection(ErrorCode.DEPARTMENT_NOT_FOUND, "No department " + code + "/" + year);
        }
    }

    /** One pair as the page shows it: amounts in yuan, the status in words. */
    record EliminationRow(String payer, String receiver, String kind, String revenue, String expenditure, String eliminated,
            String status, String statusText) {

        static EliminationRow of(PairElimination pair) {
            String kind = pair.revenueTypes().contains("AFFILIATED_REMITTANCE") ? "附属单位上缴 / 上缴上级"
                    : pair.revenueTypes().contains("HIGHER_LEVEL_SUBSIDY") ? "上级补助 / 对附属单位补助" : "—";
            String text = switch (pair.status()) {
                case ELIMINATED -> "已抵销";
                case AMOUNTS_DIFFER -> "双方金额不一致，未抵销";
                case COUNTERPARTY_NOT_MEMBER -> "对方不是本部门单位，未抵销";
            };
            return new EliminationRow(pair.payer(), pair.receiver(), kind, yuan(pair.revenueFen()), yuan(pair.expenditureFen()),
                    org.budgetledger.money.Money.formatYuan(pair.eliminatedFen()), pair.status().name(), text);
        }

        private static String yuan(Long fen) {
            return fen == null ? "—" : org.budgetledger.money.Money.formatYuan(fen);
        }
    }
}
