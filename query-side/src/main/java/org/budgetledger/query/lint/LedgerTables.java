package org.budgetledger.query.lint;

import java.util.Map;
import org.budgetledger.query.report.Report;
import org.budgetledger.query.report.ReportId;

/**
 * The ledger's own tables a publication is reconciled with, built by the report engine from the
 * ledger's position: 01–09 and the two execution tables.
 *
 * @param ledger {@code "<unitCode>/<year>"}
 */
public record LedgerTables(String ledger, Map<ReportId, Report> reports) {

    public LedgerTables {
        reports = Map.copyOf(reports);
    }

    Report report(ReportId id) {
        return reports.get(id);
    }
}
