package org.budgetledger.line;

/**
 * A budget line (指标) of one ledger: fund, 7-digit function 项, nature and, for project lines,
 * the project. The project name travels with the line but is not part of its identity: see
 * {@link #key()}.
 */
public record BudgetLine(Fund fund, String functionCode, Nature nature, String projectCode, String projectName) {

    /** A basic line, which has no project. */
    public static BudgetLine basic(Fund fund, String functionCode) {
        return new BudgetLine(fund, functionCode, Nature.BASIC, null, null);
    }

    /** A project line. */
    public static BudgetLine project(Fund fund, String functionCode, String projectCode, String projectName) {
        return new BudgetLine(fund, functionCode, Nature.PROJECT, projectCode, projectName);
    }

    /**
     * The identity of the line inside its ledger, such as {@code GENERAL_BUDGET/2040201/BASIC}
     * or {@code GENERAL_BUDGET/2040202/PROJECT/P01}.
     */
    public String key() {
        String base = fund + "/" + functionCode + "/" + nature;
        return projectCode == null ? base : base + "/" + projectCode;
    }

    /** The same line with the project name given (used where a name is inherited from the ledger). */
    public BudgetLine withProjectName(String name) {
        return new BudgetLine(fund, functionCode, nature, projectCode, name);
    }
}
