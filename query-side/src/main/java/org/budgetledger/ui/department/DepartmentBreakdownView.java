package org.budgetledger.ui.department;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.money.Money;
import org.budgetledger.query.department.ConsolidatedPosition;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.report.Report;
import org.budgetledger.query.report.ReportBuilder;
import org.budgetledger.query.report.ReportId;
import org.budgetledger.query.report.ReportRow;
import org.springframework.stereotype.Component;

/**
 * Table 01 by member for the page: one column per unit, the eliminations, the department; each
 * cell its exact figure rounded once, as the API's {@code …/units} gives it.
 */
@Component
class DepartmentBreakdownView {

    private final ReportBuilder builder;

    DepartmentBreakdownView(ReportBuilder builder) {
        this.builder = builder;
    }

    record Breakdown(List<String> units, List<Row> rows) {
    }

    record Row(String code, String name, int level, List<String> cells) {
    }

    Breakdown of(ConsolidatedPosition department) {
        List<String> units = new ArrayList<>();
        List<Map<String, Long>> byUnit = new ArrayList<>();
        for (LedgerPosition member : department.members()) {
            units.add(member.unitName() + "（" + member.unitCode() + "）");
            byUnit.add(builder.incomeExpenditureSummaryFen(member));
        }
        LedgerPosition consolidated = department.positionFor(ReportId.INCOME_EXPENDITURE_SUMMARY);
        Map<String, Long> total = builder.incomeExpenditureSummaryFen(consolidated);
        Report layout = builder.build(ReportId.INCOME_EXPENDITURE_SUMMARY, consolidated);
        List<Row> rows = new ArrayList<>();
        for (ReportRow row : layout.rows()) {
            List<String> cells = new ArrayList<>();
            long members = 0;
            for (Map<String, Long> unit : byUnit) {
                long fen = unit.getOrDefault(row.code(), 0L);
                members += fen;
                cells.add(Money.formatWanYuan(fen));
            }
            long departmentFen = total.getOrDefault(row.code(), 0L);
            cells.add(Money.formatWanYuan(departmentFen - members));
            cells.add(Money.formatWanYuan(departmentFen));
            rows.add(new Row(row.code(), row.name(), row.level(), cells));
        }
        return new Breakdown(units, rows);
    }
}
