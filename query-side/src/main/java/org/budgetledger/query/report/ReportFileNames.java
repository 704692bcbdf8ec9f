package org.budgetledger.query.report;

/** Download names for rendered reports, free of the ledger id's slash. */
final class ReportFileNames {

    private ReportFileNames() {
    }

    static String of(Report report, String extension) {
        String number = report.number() == null ? "" : report.number() + "-";
        return report.ledger().replace('/', '-') + "-" + number + report.report() + "." + extension;
    }
}
