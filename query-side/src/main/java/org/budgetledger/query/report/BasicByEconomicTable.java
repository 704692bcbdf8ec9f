package org.budgetledger.query.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.budgetledger.line.Fund;
import org.budgetledger.line.Nature;
import org.budgetledger.query.position.LinePosition;

/**
 * Table 06 一般公共预算财政拨款基本支出决算明细表: the basic spending of general-budget lines by
 * economic code, in the fixed layout of the reference table, then 人员经费合计 and 公用经费合计.
 *
 * <p>Spending on a 款 the layout does not list still counts: the 款 gets a row of its own inside
 * its 类, in code order, and is part of the 类 row and the totals. Spending on a 类 outside the
 * six of the layout gets a 类 row and 款 rows after 399; it belongs to neither 人员经费 nor 公用经费
 * as the domain defines them, so {@link ConsistencyCheck} reports it instead of this table
 * silently filing it under one of them.
 */
final class BasicByEconomicTable {

    private static final List<ReportColumn> COLUMNS = List.of(ReportColumn.amount("amount", "决算数"));

    private final Names names;

    BasicByEconomicTable(Names names) {
        this.names = names;
    }

    Table build(List<LinePosition> lines) {
        Map<String, Long> spentByItem = new TreeMap<>();
        for (LinePosition line : lines) {
            if (line.line().fund() == Fund.GENERAL_BUDGET && line.line().nature() == Nature.BASIC) {
                line.spentByEconomicCodeFen().forEach((code, fen) -> spentByItem.merge(code, fen, Long::sum));
            }
        }
        List<TableRow> rows = new ArrayList<>();
        long personnel = 0;
        long publicSpending = 0;
        for (Map.Entry<String, EconomicLayout.Group> group : EconomicLayout.GROUPS.entrySet()) {
            String classCode = group.getKey();
            long classTotal = addClass(rows, classCode, group.getValue().name(), group.getValue().items(), spentByItem);
            if (EconomicLayout.PERSONNEL_CLASSES.contains(classCode)) {
                personnel += classTotal;
            } else if (EconomicLayout.PUBLIC_CLASSES.contains(classCode)) {
                publicSpending += classTotal;
            }
        }
        TreeSet<String> otherClasses = new TreeSet<>();
        spentByItem.forEach((code, fen) -> {
            String classCode = code.substring(0, 3);
            if (fen != 0 && !EconomicLayout.GROUPS.containsKey(classCode)) {
                otherClasses.add(classCode);
            }
        });
        for (String classCode : otherClasses) {
            addClass(rows, classCode, names.economic(classCode), Map.of(), spentByItem);
        }
        rows.add(TableRow.amounts(RowCodes.PERSONNEL_TOTAL, "人员经费合计", 0, COLUMNS, personnel));
        rows.add(TableRow.amounts(RowCodes.PUBLIC_TOTAL, "公用经费合计", 0, COLUMNS, publicSpending));
        return new Table(COLUMNS, rows);
    }

    /** Adds a 类 row and its 款 rows; returns the 类's exact total. */
    private long addClass(List<TableRow> rows, String classCode, String className, Map<String, String> fixedItems,
            Map<String, Long> spentByItem) {
        Map<String, String> items = new TreeMap<>(fixedItems);
        long classTotal = 0;
        for (Map.Entry<String, Long> spent : spentByItem.entrySet()) {
            String code = spent.getKey();
            if (code.startsWith(classCode)) {
                classTotal += spent.getValue();
                if (spent.getValue() != 0) {
                    items.putIfAbsent(code, names.economic(code));
                }
            }
        }
        rows.add(TableRow.amounts(classCode, className, 1, COLUMNS, classTotal));
        items.forEach((code, name) ->
                rows.add(TableRow.amounts(code, name, 2, COLUMNS, spentByItem.getOrDefault(code, 0L))));
        return classTotal;
    }
}
