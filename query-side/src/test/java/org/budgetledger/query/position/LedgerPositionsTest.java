package org.budgetledger.query.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.query.entries.EntryRowBuilder.BASIC;
import static org.budgetledger.query.entries.EntryRowBuilder.GOVERNMENT_FUND;
import static org.budgetledger.query.entries.EntryRowBuilder.PROJECT;
import static org.budgetledger.query.entries.EntryRowBuilder.UNIT_FUNDS;
import static org.budgetledger.query.entries.EntryRowBuilder.row;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.budgetledger.events.ExpenditureStatistics;
import org.budgetledger.events.RevenueType;
import org.budgetledger.events.ThreePublicCategory;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.Fund;
import org.budgetledger.line.Movement;
import org.budgetledger.query.directory.LedgerSummary;
import org.budgetledger.query.entries.EntryRow;
import org.budgetledger.query.entries.EntryRowBuilder;
import org.junit.jupiter.api.Test;

/** {@link LedgerPositions#compute}: a ledger's position from its entry rows, without a database. */
class LedgerPositionsTest {

    private static final LedgerSummary LEDGER = new LedgerSummary("TEST/2023", "TEST", "测试单位", 2023, "OPEN", 99);

    @Test
    void carriedInBalancesAreKeptByKind() {
        LedgerPosition position = compute(
                row(1, Movement.OPENED),
                row(1, Movement.CARRY_IN).line(BASIC).fen(50_000).kind("BASIC_CARRY_OVER"),
                row(1, Movement.CARRY_IN).line(PROJECT).fen(30_000).kind("PROJECT_CARRY_OVER"),
                row(1, Movement.CARRY_IN).line(PROJECT).fen(20_000).kind("PROJECT_SURPLUS"));

        LinePosition basic = line(position, BASIC);
        assertThat(basic.carriedInBasicFen()).isEqualTo(50_000);
        assertThat(basic.carriedInFen()).isEqualTo(50_000);
        assertThat(basic.availableFen()).isEqualTo(50_000);
        LinePosition project = line(position, PROJECT);
        assertThat(project.carriedInBasicFen()).isZero();
        assertThat(project.carriedInProjectCarryOverFen()).isEqualTo(30_000);
        assertThat(project.carriedInProjectSurplusFen()).isEqualTo(20_000);
        assertThat(project.carriedInFen()).isEqualTo(50_000);
        assertThat(project.budgetFen()).isZero();
        assertThat(project.availableFen()).isEqualTo(50_000);
    }

    @Test
    void budgetIsInitialPlusIncreasesLessDecreases() {
        LinePosition line = line(compute(
                row(2, Movement.INITIAL).line(BASIC).fen(1_000_000),
                row(3, Movement.INITIAL).line(BASIC).fen(200_000),
                row(4, Movement.INCREASE).line(BASIC).fen(50_000),
                row(5, Movement.DECREASE).line(BASIC).fen(30_000)), BASIC);

        assertThat(line.initialFen()).isEqualTo(1_200_000);
        assertThat(line.increasesFen()).isEqualTo(50_000);
        assertThat(line.decreasesFen()).isEqualTo(30_000);
        assertThat(line.budgetFen()).isEqualTo(1_220_000);
        assertThat(line.availableFen()).isEqualTo(1_220_000);
        assertThat(line.incomeFen()).isEqualTo(1_220_000);
    }

    @Test
    void aReversalGivesTheSpendingBackOnItsEconomicCode() {
        LinePosition line = line(compute(
                row(2, Movement.INITIAL).line(BASIC).fen(100_000),
                row(3, Movement.SPEND).line(BASIC).fen(30_000).economic("30201"),
                row(4, Movement.SPEND).line(BASIC).fen(20_000).economic("30213"),
                row(5, Movement.REVERSAL).line(BASIC).fen(30_000).economic("30201")), BASIC);

        assertThat(line.spentFen()).isEqualTo(20_000);
        assertThat(line.spentOnFen("30201")).isZero();
        assertThat(line.spentOnFen("30213")).isEqualTo(20_000);
        assertThat(line.spentOnFen("30217")).isZero();
        assertThat(line.availableFen()).isEqualTo(80_000);
    }

    @Test
    void theCloseDisposesOfEveryBalanceAndClosesTheLedger() {
        BudgetLine finished = BudgetLine.project(Fund.GENERAL_BUDGET, "2040219", "P02", "信息化运维");
        LedgerPosition position = compute(
                row(2, Movement.INITIAL).line(BASIC).fen(100_000),
                row(3, Movement.INITIAL).line(PROJECT).fen(80_000),
                row(4, Movement.INITIAL).line(finished).fen(60_000),
                row(5, Movement.SPEND).line(BASIC).fen(40_000).economic("30201"),
                row(6, Movement.SPEND).line(PROJECT).fen(50_000).economic("30213"),
                row(7, Movement.SPEND).line(finished).fen(45_000).economic("30213"),
                row(8, Movement.RECOVER).line(BASIC).fen(60_000).on("2024-01-31"),
                row(8, Movement.CARRY_OUT).line(PROJECT).fen(30_000).kind("PROJECT_CARRY_OVER").on("2024-01-31"),
                row(8, Movement.SURPLUS).line(finished).fen(15_000).kind("PROJECT_SURPLUS").on("2024-01-31"),
                row(8, Movement.CLOSED).on("2024-01-31"));

        assertThat(position.closed()).isTrue();
        LinePosition recovered = line(position, BASIC);
        assertThat(recovered.recoveredFen()).isEqualTo(60_000);
        assertThat(recovered.availableFen()).isZero();
        assertThat(recovered.incomeFen()).as("recovered money is not the year's income").isEqualTo(40_000);
        assertThat(recovered.closingFen()).isZero();

        LinePosition carried = line(position, PROJECT);
        assertThat(carried.carriedOutFen()).isEqualTo(30_000);
        assertThat(carried.availableFen()).isZero();
        assertThat(carried.closingProjectCarryOverFen()).isEqualTo(30_000);
        assertThat(carried.closingProjectSurplusFen()).isZero();

        LinePosition surplus = line(position, finished);
        assertThat(surplus.surplusFen()).isEqualTo(15_000);
        assertThat(surplus.availableFen()).isZero();
        assertThat(surplus.closingProjectSurplusFen()).isEqualTo(15_000);
        assertThat(surplus.closingProjectCarryOverFen()).isZero();
    }

    @Test
    void aLedgerWithoutTheCloseRowIsOpen() {
        assertThat(compute(row(2, Movement.INITIAL).line(BASIC).fen(100)).closed()).isFalse();
    }

    @Test
    void theLastThreePublicBudgetSetForACategoryWins() {
        LedgerPosition position = compute(
                row(2, Movement.THREE_PUBLIC_BUDGET).category("RECEPTION").fen(10_000_000),
                row(3, Movement.THREE_PUBLIC_BUDGET).category("VEHICLE_PURCHASE").fen(20_900_000),
                row(4, Movement.THREE_PUBLIC_BUDGET).category("RECEPTION").fen(8_000_000),
                row(5, Movement.THREE_PUBLIC_BUDGET).category("VEHICLE_PURCHASE").fen(0));

        assertThat(position.threePublicBudgetFen()).containsExactlyInAnyOrderEntriesOf(Map.of(
                ThreePublicCategory.RECEPTION, 8_000_000L,
                ThreePublicCategory.VEHICLE_PURCHASE, 0L));
        assertThat(position.threePublicBudgetFen()).doesNotContainKey(ThreePublicCategory.OVERSEAS_TRAVEL);
        assertThat(position.lines()).as("a 三公 budget is not a line").isEmpty();
    }

    @Test
    void threePublicStatisticsCountFiscalExpendituresOnly() {
        LedgerPosition position = compute(
                row(2, Movement.INITIAL).line(BASIC).fen(1_000_000),
                row(3, Movement.INITIAL).line(GOVERNMENT_FUND).fen(1_000_000),
                row(4, Movement.REVENUE).line(UNIT_FUNDS).fen(1_000_000).revenueType("BUSINESS"),
                row(5, Movement.SPEND).line(BASIC).fen(3_000).economic("30217").statistics(2, 10, 0),
                row(6, Movement.SPEND).line(GOVERNMENT_FUND).fen(90_000).economic("31013").statistics(0, 0, 1),
                row(7, Movement.SPEND).line(UNIT_FUNDS).fen(5_000).economic("30217").statistics(4, 40, 2),
                row(8, Movement.SPEND).line(BASIC).fen(1_000).economic("30217").statistics(1, 3, 0),
                // The projection writes a reversal's statistics negated.
                row(9, Movement.REVERSAL).line(BASIC).fen(1_000).economic("30217").statistics(-1, -3, 0));

        assertThat(position.threePublicStatistics()).isEqualTo(new ExpenditureStatistics(2, 10, 1));
    }

    @Test
    void revenueIsKeptByTypeOnUnitFundLines() {
        LinePosition line = line(compute(
                row(2, Movement.REVENUE).line(UNIT_FUNDS).fen(100_000).revenueType("BUSINESS"),
                row(3, Movement.REVENUE).line(UNIT_FUNDS).fen(5_000).revenueType("OTHER"),
                row(4, Movement.REVENUE).line(UNIT_FUNDS).fen(25_000).revenueType("BUSINESS"),
                row(5, Movement.SPEND).line(UNIT_FUNDS).fen(30_000).economic("30201")), UNIT_FUNDS);

        assertThat(line.revenueFen()).containsExactlyInAnyOrderEntriesOf(Map.of(
                RevenueType.BUSINESS, 125_000L, RevenueType.OTHER, 5_000L));
        assertThat(line.revenueTotalFen()).isEqualTo(130_000);
        assertThat(line.incomeFen()).isEqualTo(130_000);
        assertThat(line.budgetFen()).isZero();
        assertThat(line.availableFen()).isEqualTo(100_000);
        assertThat(line.closingFen()).isEqualTo(100_000);
    }

    @Test
    void linesComeOutInTheOrderTheyFirstAppeared() {
        LedgerPosition position = compute(
                row(2, Movement.INITIAL).line(PROJECT).fen(100),
                row(3, Movement.INITIAL).line(BASIC).fen(100),
                row(4, Movement.SPEND).line(PROJECT).fen(50).economic("30213"),
                row(5, Movement.REVENUE).line(UNIT_FUNDS).fen(100).revenueType("OTHER"));

        assertThat(position.lines()).extracting(LinePosition::line).containsExactly(PROJECT, BASIC, UNIT_FUNDS);
    }

    @Test
    void aProjectIsOneLineWhateverNameALaterRowCarries() {
        BudgetLine renamed = PROJECT.withProjectName("另一个名称");
        LedgerPosition position = compute(
                row(2, Movement.INITIAL).line(PROJECT).fen(100),
                row(3, Movement.INCREASE).line(renamed).fen(40));

        assertThat(position.lines()).hasSize(1);
        assertThat(position.lines().get(0).line().projectName()).isEqualTo("交通标志标线维护");
        assertThat(position.lines().get(0).budgetFen()).isEqualTo(140);
    }

    @Test
    void thePositionNamesItsLedgerSequenceAndCuts() {
        LocalDate asOf = LocalDate.of(2023, 6, 30);
        Instant knownAt = Instant.parse("2023-07-01T00:00:00Z");
        LedgerPosition position = LedgerPositions.compute(LEDGER, 7, List.of(), asOf, knownAt);

        assertThat(position.ledgerId()).isEqualTo("TEST/2023");
        assertThat(position.unitCode()).isEqualTo("TEST");
        assertThat(position.unitName()).isEqualTo("测试单位");
        assertThat(position.fiscalYear()).isEqualTo(2023);
        assertThat(position.sequence()).isEqualTo(7);
        assertThat(position.asOf()).isEqualTo(asOf);
        assertThat(position.knownAt()).isEqualTo(knownAt);
        assertThat(position.lines()).isEmpty();
        assertThat(position.threePublicBudgetFen()).isEmpty();
        assertThat(position.threePublicStatistics()).isEqualTo(ExpenditureStatistics.NONE);
        assertThat(position.closed()).isFalse();
        assertThat(position.controlBudgetFen()).isEmpty();
        assertThat(position.statements()).isEmpty();
        assertThat(position.procurement().totalFen()).isZero();
    }

    @Test
    void procurementIsSummedOverSpendingOfEveryFundLessReversalsAndReservationsDoNotCount() {
        LedgerPosition position = compute(
                row(2, Movement.SPEND).line(BASIC).economic("31002").fen(300_000).procurement("GOODS", "SMALL_MICRO"),
                row(3, Movement.SPEND).line(UNIT_FUNDS).economic("30213").fen(200_000).procurement("WORKS", "MEDIUM"),
                row(4, Movement.SPEND).line(BASIC).economic("30227").fen(100_000).procurement("SERVICES", "LARGE"),
                row(5, Movement.SPEND).line(BASIC).economic("30201").fen(7_000),
                row(6, Movement.RESERVE).line(BASIC).economic("30227").fen(50_000).procurement("SERVICES", "SMALL_MICRO"),
                row(7, Movement.REVERSAL).line(BASIC).economic("31002").fen(300_000).procurement("GOODS", "SMALL_MICRO"));

        ProcurementTotals procurement = position.procurement();
        assertThat(procurement.byMethodFen()).containsExactlyInAnyOrderEntriesOf(Map.of(
                org.budgetledger.publication.ProcurementMethod.GOODS, 0L,
                org.budgetledger.publication.ProcurementMethod.WORKS, 200_000L,
                org.budgetledger.publication.ProcurementMethod.SERVICES, 100_000L));
        assertThat(procurement.totalFen()).isEqualTo(300_000);
        assertThat(procurement.smeFen()).isEqualTo(200_000);
        assertThat(procurement.smallMicroFen()).isZero();
    }

    @Test
    void theLatestControlBudgetAndStatementOfEachKindCount() {
        LedgerPosition position = compute(
                row(2, Movement.CONTROL_BUDGET).controlBudget("MEETING").fen(9_000_000),
                row(3, Movement.CONTROL_BUDGET).controlBudget("MEETING").fen(8_000_000),
                row(4, Movement.CONTROL_BUDGET).controlBudget("OPERATING_COSTS").fen(1_000),
                row(5, Movement.STATEMENT).statement("ASSETS", "{\"EMERGENCY\":\"2\",\"OTHER\":\"3\"}"),
                row(6, Movement.STATEMENT).statement("ASSETS", "{\"EMERGENCY\":\"1\"}"));

        assertThat(position.controlBudgetFen()).containsExactlyInAnyOrderEntriesOf(Map.of(
                org.budgetledger.publication.ControlBudgetCategory.MEETING, 8_000_000L,
                org.budgetledger.publication.ControlBudgetCategory.OPERATING_COSTS, 1_000L));
        assertThat(position.statements()).containsOnlyKeys(org.budgetledger.publication.StatementKind.ASSETS);
        assertThat(position.statements().get(org.budgetledger.publication.StatementKind.ASSETS))
                .as("a statement replaces the previous one of its kind").containsExactly(Map.entry("EMERGENCY", "1"));
        assertThat(position.lines()).isEmpty();
    }

    private static LedgerPosition compute(EntryRowBuilder... rows) {
        List<EntryRow> entries = java.util.Arrays.stream(rows).map(EntryRowBuilder::build).toList();
        return LedgerPositions.compute(LEDGER, 99, entries, null, null);
    }

    private static LinePosition line(LedgerPosition position, BudgetLine line) {
        return position.lines().stream().filter(candidate -> candidate.line().key().equals(line.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + line.key()));
    }
}
