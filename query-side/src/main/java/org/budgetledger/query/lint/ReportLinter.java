package org.budgetledger.query.lint;

import java.util.Arrays;
import java.util.List;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;

/**
 * Lints the text of a published 部门决算 or 绩效自评 as a reviewer would: reads its tables and its
 * narrative, applies every rule of {@link LintRule} and, given the ledger's tables, reconciles each
 * recognised figure with them. Pure: no database, no web, so that the command line can run it alone.
 */
public final class ReportLinter {

    /** What kind of publication the text is. */
    public enum Document { FINAL_ACCOUNTS, SELF_EVALUATION }

    public LintAnswer lint(String text) {
        return lint(text, null);
    }

    /** @param ledger the ledger's tables, or null for the document alone */
    public LintAnswer lint(String text, LedgerTables ledger) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        List<PublishedTable> tables = TableReader.read(lines);
        Document document = documentOf(text, tables);
        Findings findings = new Findings();

        TableRules tableRules = new TableRules(findings);
        tables.forEach(tableRules::check);
        CrossTableRules crossTable = new CrossTableRules(findings, tables);
        crossTable.check(text);

        List<Paragraph> paragraphs = Paragraph.of(lines, TableReader.tableLines(lines, tables));
        NarrativeRules narrative = new NarrativeRules(findings);
        paragraphs.forEach(narrative::check);
        NarrativeTableRules narrativeTables = new NarrativeTableRules(findings, crossTable);
        narrativeTables.read(narrative.subjects(), paragraphs, tables);
        narrativeTables.check(tables);
        new TemplateRules(findings).check(lines, text.contains("年度"));

        if (ledger != null) {
            LedgerRules ledgerRules = new LedgerRules(findings, ledger);
            ledgerRules.tables(tables);
            ledgerRules.narrative(narrativeTables.named(), narrativeTables.items(), paragraphs);
        }
        List<Finding> sorted = findings.sorted();
        return new LintAnswer(sorted, new LintAnswer.Summary(document.name(),
                tables.stream().map(t -> t.kind().number()).distinct().toList(), narrative.figures(),
                ledger == null ? null : ledger.ledger(), count(sorted, Severity.ERROR), count(sorted, Severity.WARNING),
                count(sorted, Severity.INFO)));
    }

    /**
     * A final account prints its tables or calls itself 部门决算; a self-evaluation calls itself 绩效自评.
     * Anything else is refused rather than linted into a list of meaningless findings.
     */
    static Document documentOf(String text, List<PublishedTable> tables) {
        if (!tables.isEmpty() || text.contains("部门决算") || text.contains("单位决算")) {
            return Document.FINAL_ACCOUNTS;
        }
        if (text.contains("绩效自评") || text.contains("绩效评价") || text.contains("整体支出绩效") || text.contains("项目支出绩效")) {
            return Document.SELF_EVALUATION;
        }
        throw new LedgerRejection(ErrorCode.NOT_A_PUBLISHED_REPORT, "The text is neither a 部门决算 (no table 01–08, no "
                + "\"部门决算\") nor a 绩效自评 (no \"绩效自评\"/\"整体支出绩效\"); nothing to lint");
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
