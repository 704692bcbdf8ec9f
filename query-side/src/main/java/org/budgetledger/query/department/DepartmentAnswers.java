package org.budgetledger.query.department;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.budgetledger.money.Money;
import org.budgetledger.query.report.CheckResult;

/** The answers of the department queries. */
final class DepartmentAnswers {

    private DepartmentAnswers() {
    }

    @Schema(name = "DepartmentMember")
    record Member(@Schema(example = "ZZJJ") String unitCode, @Schema(example = "株洲市公安局交通警察支队") String unitName,
            @Schema(description = "The member ledger's entry count the figures reflect", example = "499") long sequence) {
    }

    @Schema(name = "DepartmentReportList")
    record ReportList(@Schema(example = "ZZGA") String department, @Schema(example = "株洲市公安局") String name,
            @Schema(example = "2023") int fiscalYear,
            @Schema(description = "The sum of the members' entry counts", example = "640") long sequence,
            List<Member> members, List<ReportEntry> reports) {
    }

    @Schema(name = "DepartmentReportEntry")
    record ReportEntry(@Schema(example = "income-expenditure-summary") String id, @Schema(example = "01") String number,
            @Schema(example = "收入支出决算总表") String title,
            @Schema(description = "Whether the table has the eliminations applied (01–03)") boolean eliminated) {
    }

    @Schema(name = "DepartmentEliminations")
    record Eliminations(@Schema(example = "ZZGA") String department, @Schema(example = "2023") int fiscalYear,
            @Schema(example = "640") long sequence,
            @Schema(description = "What was taken off the revenue and off the expenditure of tables 01–03, in yuan",
                    example = "150000.00") String eliminatedTotal,
            List<Pair> pairs) {
    }

    @Schema(name = "DepartmentEliminationPair", description = "Money from payer to receiver, as the two ledgers name each other")
    record Pair(@Schema(example = "ZZGA-BJ") String payer, @Schema(example = "ZZGA-FJ") String receiver,
            @Schema(description = "The receiver's revenue types of the pair", example = "[\"HIGHER_LEVEL_SUBSIDY\"]")
            List<String> revenueTypes,
            @Schema(description = "The receiver's revenue naming the payer (yuan); null when the receiver is not a member",
                    nullable = true, example = "150000.00") String revenue,
            @Schema(description = "The payer's expenditure naming the receiver, less reversals (yuan); null when the payer is "
                    + "not a member", nullable = true, example = "150000.00") String expenditure,
            @Schema(description = "What was taken off each side (yuan)", example = "150000.00") String eliminated,
            @Schema(description = "ELIMINATED: both members, both sides equal. AMOUNTS_DIFFER: both members, sides differ, "
                    + "kept. COUNTERPARTY_NOT_MEMBER: kept, the other unit is outside the department",
                    allowableValues = {"ELIMINATED", "AMOUNTS_DIFFER", "COUNTERPARTY_NOT_MEMBER"}) String status) {

        static Pair of(PairElimination pair) {
            return new Pair(pair.payer(), pair.receiver(), pair.revenueTypes(), yuanOrNull(pair.revenueFen()),
                    yuanOrNull(pair.expenditureFen()), Money.formatYuan(pair.eliminatedFen()), pair.status().name());
        }

        private static String yuanOrNull(Long fen) {
            return fen == null ? null : Money.formatYuan(fen);
        }
    }

    @Schema(name = "DepartmentUnits", description = "Table 01 of each member beside the department's: each cell rounded on its own")
    record Units(@Schema(example = "ZZGA") String department, @Schema(example = "2023") int fiscalYear,
            @Schema(example = "640") long sequence, List<Member> members,
            @Schema(description = "The columns: one per member (its unit code), then eliminations and department",
                    example = "[\"ZZGA-BJ\", \"ZZGA-FJ\", \"eliminations\", \"department\"]") List<String> columns,
            List<UnitRow> rows) {
    }

    @Schema(name = "DepartmentUnitRow")
    record UnitRow(@Schema(example = "INCOME_HIGHER_LEVEL_SUBSIDY") String code, @Schema(example = "上级补助收入") String name,
            @Schema(example = "1") int level,
            @Schema(description = "万元 by column: each member's own figure, the eliminations (department − Σ members) and "
                    + "the department's", example = "{\"ZZGA-FJ\":\"15.00\",\"eliminations\":\"-15.00\",\"department\":\"0.00\"}")
            Map<String, String> cells) {
    }

    @Schema(name = "DepartmentChecks")
    record Checks(@Schema(example = "ZZGA/2023") String department, @Schema(example = "640") long sequence,
            @Schema(description = "Whether every identity holds on the department's tables") boolean passed,
            List<CheckResult> checks) {
    }
}
