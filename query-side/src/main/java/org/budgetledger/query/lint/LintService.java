package org.budgetledger.query.lint;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.line.Fund;
import org.budgetledger.query.directory.LedgerDirectory;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.position.LedgerPositions;
import org.budgetledger.query.report.Report;
import org.budgetledger.query.report.ReportBuilder;
import org.budgetledger.query.report.ReportId;
import org.springframework.stereotype.Component;

/**
 * The lint as the API and the UI run it: the text alone, or reconciled with a ledger's tables as
 * the report engine builds them from the ledger's current position. The caller has checked the
 * right to read that ledger.
 */
@Component
public class LintService {

    private static final List<ReportId> RECONCILED = List.of(ReportId.INCOME_EXPENDITURE_SUMMARY, ReportId.INCOME,
            ReportId.EXPENDITURE, ReportId.FISCAL_SUMMARY, ReportId.GENERAL_BUDGET_EXPENDITURE,
            ReportId.GENERAL_BUDGET_BASIC_BY_ECONOMIC, ReportId.GOVERNMENT_FUND, ReportId.STATE_CAPITAL, ReportId.THREE_PUBLIC,
            ReportId.FUNCTION_EXECUTION, ReportId.PROJECT_EXECUTION);

    private final ReportLinter linter = new ReportLinter();
    private final LedgerPositions positions;
    private final ReportBuilder builder;
    private final LedgerDirectory directory;

    public LintService(LedgerPositions positions, ReportBuilder builder, LedgerDirectory directory) {
        this.positions = positions;
        this.builder = builder;
        this.directory = directory;
    }

    public LintAnswer lint(String text) {
        return linter.lint(text);
    }

    /** @param ledgerId {@code ZZJJ/2023}, of a ledger the caller may read */
    public LintAnswer lint(String text, String ledgerId) {
        directory.require(ledgerId);
        return linter.lint(text, tablesOf(ledgerId));
    }

    LedgerTables tablesOf(String ledgerId) {
        LedgerPosition position = positions.of(ledgerId, null, null);
        Map<ReportId, Report> reports = new EnumMap<>(ReportId.class);
        for (ReportId id : RECONCILED) {
            reports.put(id, builder.build(id, position, id.takesFund() ? Fund.GENERAL_BUDGET : null));
        }
        return new LedgerTables(ledgerId, reports);
    }
}
