package org.budgetledger.query.report;

import static org.budgetledger.line.Fund.GENERAL_BUDGET;
import static org.budgetledger.line.Fund.GOVERNMENT_FUND;
import static org.budgetledger.line.Fund.UNIT_FUNDS;

import java.util.List;
import java.util.function.UnaryOperator;
import org.budgetledger.events.RevenueType;
import org.budgetledger.events.ThreePublicCategory;
import org.budgetledger.query.position.LedgerPosition;

/**
 * A unit whose year the tests know by heart (amounts in yuan; the tables show 万元):
 *
 * <pre>
 * line                                   carried in        initial     adj.          spent         left
 * GB basic 2040201 行政运行               10,000 basic      1,000,000   +50,000       1,020,000     40,000
 * GB project 2040202 P01 标志标线         100,000 carry     4,500,000   +1,400,000    5,896,900     103,100
 * GB project 2040219 P02 集成指挥平台      -                 3,000,000   −1,492,500    831,000       676,500
 * GB basic 2101102 公务员医疗补助          -                 2,231,500   −2,231,500    0             0
 * GB basic 2080505 养老保险缴费            -                 8,893,100                 8,893,100     0
 * UNIT basic 2040201: 事业收入 300,000 and 其他收入 12,345.67   spent 200,000     112,345.67
 * GF project 2120501 P03 护栏清洗          5,000 surplus     695,000                   621,700       78,300
 * </pre>
 *
 * The close carries 2040201 forward, keeps P01's balance as surplus, recovers P02's and carries
 * the unit funds and P03 forward. 三公: reception budget 100,000 (26 batches, 220 guests), vehicle
 * operation 386,800, vehicle purchase 0, overseas travel never set.
 */
final class ExampleUnit {

    private ExampleUnit() {
    }

    static LedgerPosition open() {
        return ledger().with(lines(UnaryOperator.identity(), UnaryOperator.identity(), UnaryOperator.identity(),
                UnaryOperator.identity(), UnaryOperator.identity()).toArray(Lines[]::new));
    }

    static LedgerPosition closed() {
        return ledger().closed().with(lines(Lines::carryRestForward, Lines::keepRestAsSurplus, Lines::recoverRest,
                Lines::carryRestForward, Lines::carryRestForward).toArray(Lines[]::new));
    }

    private static Ledgers ledger() {
        return Ledgers.ledger()
                .threePublicBudget(ThreePublicCategory.RECEPTION, "100000.00")
                .threePublicBudget(ThreePublicCategory.VEHICLE_OPERATION, "386800.00")
                .threePublicBudget(ThreePublicCategory.VEHICLE_PURCHASE, "0.00")
                .statistics(26, 220, 0);
    }

    private static List<Lines> lines(UnaryOperator<Lines> closeAdministration, UnaryOperator<Lines> closeSigns,
            UnaryOperator<Lines> closePlatform, UnaryOperator<Lines> closeUnitFunds, UnaryOperator<Lines> closeRailings) {
        return List.of(
                closeAdministration.apply(Lines.basic(GENERAL_BUDGET, "2040201")
                        .carriedInBasic("10000.00").initial("1000000.00").increase("50000.00")
                        .spend("30101", "600000.00").spend("30201", "300000.00")
                        .spend("30217", "20000.00").spend("30231", "100000.00")),
                closeSigns.apply(Lines.project(GENERAL_BUDGET, "2040202", "P01", "交通标志标线、交通设施维护经费")
                        .carriedInProjectCarryOver("100000.00").initial("4500000.00").increase("1400000.00")
                        .spend("30213", "5790500.00").spend("30231", "100000.00").spend("30217", "6400.00")),
                closePlatform.apply(Lines.project(GENERAL_BUDGET, "2040219", "P02", "集成指挥平台升级")
                        .initial("3000000.00").decrease("1492500.00").spend("31007", "831000.00")),
                Lines.basic(GENERAL_BUDGET, "2101102").initial("2231500.00").decrease("2231500.00"),
                Lines.basic(GENERAL_BUDGET, "2080505").initial("8893100.00").spend("30108", "8893100.00"),
                closeUnitFunds.apply(Lines.basic(UNIT_FUNDS, "2040201")
                        .revenue(RevenueType.BUSINESS, "300000.00").revenue(RevenueType.OTHER, "12345.67")
                        .spend("30201", "200000.00")),
                closeRailings.apply(Lines.project(GOVERNMENT_FUND, "2120501", "P03", "城市道路交通隔离护栏机械化清洗经费")
                        .carriedInProjectSurplus("5000.00").initial("695000.00").spend("30226", "621700.00")));
    }
}
