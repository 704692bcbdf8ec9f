package org.budgetledger.query.department;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.money.Money;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.report.Report;
import org.budgetledger.query.report.ReportBuilder;
import org.budgetledger.query.report.ReportId;
import org.budgetledger.query.report.ReportRow;
import org.springframework.stereotype.Component;

/**
 * Each member's table 01 beside the department's: what each unit brought to each row, and what
 * the eliminations took off. Every cell is its own exact figure rounded once, the elimination
 * column included (department − Σ members in fen), so the columns may differ by the rounding
 * note's 0.01 from the department's cell but never by more.
 */
@Component
class UnitBreakdown {

    static final String ELIMINATIONS = "eliminations";
    static final String DEPARTMENT = "department";

    private final ReportBuilder builder;

    UnitBreakdown(ReportBuilder builder) {
        this.builder = builder;
    }

    DepartmentAnswers.Units of(ConsolidatedPosition department) {
        List<String> columns = new ArrayList<>();
        Map<String, Map<String, Long>> byUnit = new LinkedHashMap<>();
        for (LedgerPosition member : department.members()) {
            columns.add(member.unitCode());
            byUnit.put(member.unitCode(), builder.incomeExpenditureSummaryFen(member));
        }
        columns.add(ELIMINATIONS);
        columns.add(DEPARTMENT);
        LedgerPosition consolidated = department.positionFor(ReportId.INCOME_EXPENDITURE_SUMMARY);
        Map<String, Long> total = builder.incomeExpenditureSummaryFen(consolidated);
        Report layout = builder.build(ReportId.INCOME_EXPENDITURE_SUMMARY, consolidated);
        List<DepartmentAnswers.UnitRow> rows = new ArrayList<>();
        for (ReportRow row : layout.rows()) {
            Map<String, String> cells = new LinkedHashMap<>();
            long members = 0;
            for (Map.Entry<String, Map<String, Long>> unit : byUnit.entrySet()) {
                long fen = unit.getValue().getOrDefault(row.code(), 0L);
                members += fen;
                cells.put(unit.getKey(), Money.formatWanYuan(fen));
            }
            long departmentFen = total.getOrDefault(row.code(), 0L);
            cells.put(ELIMINATIONS, Money.formatWanYuan(departmentFen - members));
            cells.put(DEPARTMENT, Money.formatWanYuan(departmentFen));
            rows.add(new DepartmentAnswers.UnitRow(row.code(), row.name(), row.level(), cells));
        }
        return new DepartmentAnswers.Units(department.departmentCode(), department.fiscalYear(), department.sequence(),
                DepartmentQueryController.members(department), columns, rows);
    }
}
