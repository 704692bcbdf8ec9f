package org.budgetledger.query.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.budgetledger.events.ThreePublicCategory;
import org.budgetledger.line.Fund;
import org.budgetledger.money.Money;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.position.LinePosition;

/**
 * Verifies the identities of domain.md on the tables of one position. The tables are built by
 * the same {@link ReportBuilder} that serves them, and compared in exact fen: a comparison of
 * rounded 万元 cells would flag the legitimate 尾数误差 and miss differences below 0.005 万元.
 *
 * <p>Tables computed from one consistent position agree by construction; what these checks catch
 * is a position that is not consistent (a line spent beyond its means, an economic split that
 * does not add up to the line's spending, balances of a kind that does not fit the line) and any
 * table that stops computing a figure the way its neighbours do.
 */
public final class ConsistencyCheck {

    public static final String INCOME_01_EQUALS_02 = "01-income-total-equals-02-total";
    public static final String EXPENDITURE_01_EQUALS_03 = "01-expenditure-total-equals-03-total";
    public static final String GRAND_TOTALS_01_BALANCE = "01-grand-totals-balance";
    public static final String GRAND_TOTALS_04_BALANCE = "04-grand-totals-balance";
    public static final String FISCAL_INCOME_02_EQUALS_04 = "02-fiscal-total-equals-04-income-total";
    public static final String GENERAL_BUDGET_04_EQUALS_05 = "04-general-budget-expenditure-equals-05-expenditure-total";
    public static final String BASIC_05_EQUALS_06 = "05-basic-expenditure-equals-06-personnel-plus-public";
    public static final String BALANCES_05 = "05-closing-equals-opening-plus-income-minus-expenditure";
    public static final String BALANCES_07 = "07-closing-equals-opening-plus-income-minus-expenditure";
    public static final String BALANCES_08 = "08-closing-equals-opening-plus-income-minus-expenditure";
    public static final String THREE_PUBLIC_09 = "09-actuals-equal-fiscal-spending-on-three-public-codes";
    public static final String LINES_AVAILABLE = "lines-available-not-negative";
    public static final String LINES_DISPOSED = "closed-lines-fully-disposed";

    // A failing identity lists where it breaks; beyond this many places the detail only counts them.
    private static final int LISTED_FAILURES = 20;

    private final ReportBuilder builder;

    public ConsistencyCheck(ReportBuilder builder) {
        this.builder = builder;
    }

    /** Every identity, in a fixed order, passed or not. */
    public List<CheckResult> check(LedgerPosition position) {
        return check(position, position);
    }

    /**
     * The same identities where tables 01–03 come from one position and the others from another:
     * a department's, whose tables of all funds carry its eliminations and whose fiscal tables are
     * the plain sum of its members. The line checks are made on {@code position}.
     */
    public List<CheckResult> check(LedgerPosition allFunds, LedgerPosition position) {
        Table t01 = table(ReportId.INCOME_EXPENDITURE_SUMMARY, allFunds);
        Table t02 = table(ReportId.INCOME, allFunds);
        Table t03 = table(ReportId.EXPENDITURE, allFunds);
        Table t04 = table(ReportId.FISCAL_SUMMARY, position);
        Table t05 = table(ReportId.GENERAL_BUDGET_EXPENDITURE, position);
        Table t06 = table(ReportId.GENERAL_BUDGET_BASIC_BY_ECONOMIC, position);
        Table t07 = table(ReportId.GOVERNMENT_FUND, position);
        Table t08 = table(ReportId.STATE_CAPITAL, position);
        Table t09 = table(ReportId.THREE_PUBLIC, position);

        List<CheckResult> results = new ArrayList<>();
        results.add(compare(INCOME_01_EQUALS_02, "01 本年收入合计 = 02 合计 of 本年收入合计", List.of(
                new Comparison("total", t02.fen(RowCodes.TOTAL, "total"), t01.fen(RowCodes.INCOME_TOTAL, "amount")))));
        results.add(compare(EXPENDITURE_01_EQUALS_03, "01 本年支出合计 = 03 合计 of 本年支出合计", List.of(
                new Comparison("total", t03.fen(RowCodes.TOTAL, "total"), t01.fen(RowCodes.EXPENDITURE_TOTAL, "amount")))));
        results.add(compare(GRAND_TOTALS_01_BALANCE, "01 收入总计 = 支出总计", List.of(
                new Comparison("总计", t01.fen(RowCodes.GRAND_TOTAL_INCOME, "amount"),
                        t01.fen(RowCodes.GRAND_TOTAL_EXPENDITURE, "amount")))));
        results.add(compare(GRAND_TOTALS_04_BALANCE, "04 收入总计 = 支出总计, in every fund column",
                t04.columns().stream().map(column -> new Comparison(column.label(),
                        t04.fen(RowCodes.GRAND_TOTAL_INCOME, column.key()),
                        t04.fen(RowCodes.GRAND_TOTAL_EXPENDITURE, column.key()))).toList()));
        results.add(compare(FISCAL_INCOME_02_EQUALS_04, "02 合计 of 财政拨款收入 = 04 本年收入合计", List.of(
                new Comparison("total", t04.fen(RowCodes.INCOME_TOTAL, "total"), t02.fen(RowCodes.TOTAL, "fiscal")))));
        results.add(generalBudgetExpenditure(t04, t05));
        results.add(basicByEconomic(t05, t06));
        results.add(balances(BALANCES_05, "05", t05));
        results.add(balances(BALANCES_07, "07", t07));
        results.add(balances(BALANCES_08, "08", t08));
        results.add(threePublic(position, t09));
        results.add(linesAvailable(position));
        results.add(linesDisposed(position));
        return results;
    }

    private Table table(ReportId id, LedgerPosition position) {
        return builder.table(id, position, Fund.GENERAL_BUDGET);
    }

    /** 04's general-budget column against 05's spending, in total and 类 by 类. */
    private static CheckResult generalBudgetExpenditure(Table t04, Table t05) {
        List<Comparison> comparisons = new ArrayList<>();
        comparisons.add(new Comparison("本年支出合计", t05.fen(RowCodes.TOTAL, "expenditureTotal"),
                t04.fen(RowCodes.EXPENDITURE_TOTAL, "generalBudget")));
        TreeSet<String> classes = new TreeSet<>();
        t04.rows().stream().filter(row -> isFunctionClass(row.code())).forEach(row -> classes.add(row.code()));
        t05.rows().stream().filter(row -> isFunctionClass(row.code())).forEach(row -> classes.add(row.code()));
        for (String classCode : classes) {
            comparisons.add(new Comparison("类 " + classCode, fenOrZero(t05, classCode, "expenditureTotal"),
                    fenOrZero(t04, classCode, "generalBudget")));
        }
        return compare(GENERAL_BUDGET_04_EQUALS_05, "04 一般公共预算财政拨款 expenditure = 05 本年支出合计, in total and by 类",
                comparisons);
    }

    private static CheckResult basicByEconomic(Table t05, Table t06) {
        long personnelAndPublic = t06.fen(RowCodes.PERSONNEL_TOTAL, "amount") + t06.fen(RowCodes.PUBLIC_TOTAL, "amount");
        String description = "05 本年支出 基本支出 = 06 人员经费合计 + 公用经费合计";
        List<String> outside = t06.rows().stream()
                .filter(row -> row.level() == 1 && !EconomicLayout.GROUPS.containsKey(row.code()))
                .map(row -> row.code() + " " + row.name()).toList();
        if (!outside.isEmpty()) {
            description += "; spending on economic 类 that are neither 人员经费 nor 公用经费: " + String.join(", ", outside);
        }
        return compare(BASIC_05_EQUALS_06, description, List.of(
                new Comparison("基本支出", t05.fen(RowCodes.TOTAL, "expenditureBasic"), personnelAndPublic)));
    }

    /**
     * Every row of a fiscal fund's table: closing = opening + income − expenditure, in total, for
     * basic money and for project money (carry-over and surplus together).
     */
    private static CheckResult balances(String name, String number, Table table) {
        List<Comparison> comparisons = new ArrayList<>();
        for (TableRow row : table.rows()) {
            comparisons.add(new Comparison(row.code() + " 合计",
                    row.fen("openingTotal") + row.fen("incomeTotal") - row.fen("expenditureTotal"),
                    row.fen("closingTotal")));
            comparisons.add(new Comparison(row.code() + " 基本支出",
                    row.fen("openingBasic") + row.fen("incomeBasic") - row.fen("expenditureBasic"),
                    row.fen("closingBasic")));
            comparisons.add(new Comparison(row.code() + " 项目支出",
                    row.fen("openingProject") + row.fen("incomeProject") - row.fen("expenditureProject"),
                    row.fen("closingProjectCarryOver") + row.fen("closingProjectSurplus")));
        }
        return compare(name, number + " 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出, on every row", comparisons);
    }

    /** 09's actuals against the fiscal spending on each category's economic code, taken from the lines. */
    private static CheckResult threePublic(LedgerPosition position, Table t09) {
        Map<ThreePublicCategory, Long> spent = new EnumMap<>(ThreePublicCategory.class);
        for (ThreePublicCategory category : ThreePublicCategory.values()) {
            spent.put(category, position.lines().stream().filter(line -> line.line().fund().isFiscal())
                    .mapToLong(line -> line.spentOnFen(category.economicCode())).sum());
        }
        long vehicles = spent.get(ThreePublicCategory.VEHICLE_PURCHASE) + spent.get(ThreePublicCategory.VEHICLE_OPERATION);
        long total = spent.values().stream().mapToLong(Long::longValue).sum();
        List<Comparison> comparisons = new ArrayList<>();
        comparisons.add(new Comparison(RowCodes.TOTAL, total, t09.fen(RowCodes.TOTAL, "actual")));
        comparisons.add(new Comparison(RowCodes.VEHICLES, vehicles, t09.fen(RowCodes.VEHICLES, "actual")));
        for (ThreePublicCategory category : ThreePublicCategory.values()) {
            comparisons.add(new Comparison(category.name() + " (" + category.economicCode() + ")",
                    spent.get(category), t09.fen(category.name(), "actual")));
        }
        return compare(THREE_PUBLIC_09, "09 决算数 = fiscal spending on 30212, 31013, 30231 and 30217", comparisons);
    }

    private static CheckResult linesAvailable(LedgerPosition position) {
        List<LinePosition> overdrawn = position.lines().stream().filter(line -> line.availableFen() < 0).toList();
        long lowest = position.lines().stream().mapToLong(LinePosition::availableFen).min().orElse(0);
        String detail = "every line's available balance ≥ 0 (no payment without budget)";
        if (!overdrawn.isEmpty()) {
            detail += "; overdrawn: " + describe(overdrawn);
        }
        return new CheckResult(LINES_AVAILABLE, overdrawn.isEmpty(), "≥ 0.00", Money.formatYuan(Math.min(lowest, 0)),
                detail);
    }

    private static CheckResult linesDisposed(LedgerPosition position) {
        if (!position.closed()) {
            return new CheckResult(LINES_DISPOSED, true, "0.00", "0.00", "the year is not closed in this position");
        }
        List<LinePosition> undisposed = position.lines().stream().filter(line -> line.availableFen() != 0).toList();
        long left = undisposed.stream().mapToLong(LinePosition::availableFen).sum();
        String detail = "after the close every line's balance is recovered, carried forward or kept as surplus";
        if (!undisposed.isEmpty()) {
            detail += "; balance left on: " + describe(undisposed);
        }
        return new CheckResult(LINES_DISPOSED, undisposed.isEmpty(), "0.00", Money.formatYuan(left), detail);
    }

    private static String describe(List<LinePosition> lines) {
        String listed = lines.stream().limit(LISTED_FAILURES)
                .map(line -> line.line().key() + " available " + Money.formatYuan(line.availableFen()))
                .collect(Collectors.joining(", "));
        return lines.size() > LISTED_FAILURES ? listed + " and " + (lines.size() - LISTED_FAILURES) + " more" : listed;
    }

    /** One place where an identity is measured: the figure it requires and the figure found. */
    private record Comparison(String where, long expectedFen, long actualFen) {
        boolean holds() {
            return expectedFen == actualFen;
        }
    }

    private static CheckResult compare(String name, String description, List<Comparison> comparisons) {
        List<Comparison> failures = comparisons.stream().filter(comparison -> !comparison.holds()).toList();
        Comparison shown = failures.isEmpty() ? comparisons.get(0) : failures.get(0);
        String detail = description;
        if (!failures.isEmpty()) {
            detail += "; differs at " + failures.stream().limit(LISTED_FAILURES)
                    .map(f -> f.where() + " (expected " + Money.formatYuan(f.expectedFen())
                            + ", found " + Money.formatYuan(f.actualFen()) + ")")
                    .collect(Collectors.joining(", "));
            if (failures.size() > LISTED_FAILURES) {
                detail += " and " + (failures.size() - LISTED_FAILURES) + " more";
            }
        }
        return new CheckResult(name, failures.isEmpty(), Money.formatYuan(shown.expectedFen()),
                Money.formatYuan(shown.actualFen()), detail);
    }

    private static boolean isFunctionClass(String code) {
        return code.length() == 3 && code.chars().allMatch(Character::isDigit);
    }

    private static long fenOrZero(Table table, String rowCode, String columnKey) {
        return table.rows().stream().filter(row -> row.code().equals(rowCode)).findFirst()
                .map(row -> row.fen(columnKey)).orElse(0L);
    }
}
