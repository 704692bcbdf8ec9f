package org.budgetledger.query.lint;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.budgetledger.query.lint.NarrativeFigures.Amount;
import org.budgetledger.query.report.Report;
import org.budgetledger.query.report.ReportRow;

/**
 * Every figure the reader recognised against the ledger's tables (rule family {@code LEDGER_*}):
 * the printed cells of 01–08, the narrative figures that name a cell, each 项's 年初预算 and 决算,
 * each project's budget figures and the 三公 budgets and actuals. The ledger's cells are rounded
 * from exact fen on their own, as the printed ones should be, so any difference is reported: 0.01
 * as INFO (a printed figure rounded differently), more as ERROR.
 */
final class LedgerRules {

    private static final Pattern PROJECT_HEADING = Pattern.compile("^[（(]\\s*\\d+\\s*[)）]\\s*(.+)$");
    private static final Map<String, String> THREE_PUBLIC = Map.of("因公出国（境）费", "OVERSEAS_TRAVEL", "公务接待费", "RECEPTION",
            "公务用车购置费", "VEHICLE_PURCHASE", "公务用车运行维护费", "VEHICLE_OPERATION", "三公”经费", "TOTAL", "三公经费", "TOTAL");
    private static final Set<String> SUBTOTALS = Set.of("PERSONNEL_TOTAL", "PUBLIC_TOTAL");

    private final Findings findings;
    private final LedgerTables ledger;

    LedgerRules(Findings findings, LedgerTables ledger) {
        this.findings = findings;
        this.ledger = ledger;
    }

    void tables(List<PublishedTable> printed) {
        for (PublishedTable table : printed) {
            Report report = ledger.report(table.kind().report());
            if (report == null) {
                continue;
            }
            Set<String> columns = report.columns().stream().map(c -> c.key()).collect(Collectors.toSet());
            for (PublishedRow row : table.rows()) {
                for (String column : table.kind().columns()) {
                    if (!columns.contains(column) || (SUBTOTALS.contains(row.code()) && row.blank(column))
                            || (!row.cells().containsKey(column) && !fullRow(table.kind(), row))) {
                        continue;
                    }
                    BigDecimal theirs = cell(report, row.code(), column).orElse(BigDecimal.ZERO);
                    compare(LintRule.LEDGER_TABLE_CELL, "表" + table.kind().number() + " " + TableRules.label(row) + " "
                            + RowIdentity.LABELS.getOrDefault(column, column), row.value(column), theirs, row.line(), row.text());
                }
            }
            Set<String> printedCodes = table.rows().stream().map(PublishedRow::code).collect(Collectors.toSet());
            for (ReportRow row : report.rows()) {
                boolean detail = row.code().matches("\\d{3}(\\d{2}){0,2}");
                if (!detail || printedCodes.contains(row.code())) {
                    continue;
                }
                BigDecimal largest = row.cells().values().stream().map(Figure::parse).filter(v -> v != null)
                        .map(BigDecimal::abs).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
                if (largest.signum() != 0) {
                    findings.add(LintRule.LEDGER_ROW_MISSING, Severity.ERROR, "台账 " + ledger.ledger() + " 的表" + table.kind().number()
                            + " 有 " + row.code() + " " + row.name() + "（" + largest.toPlainString() + " 万元），公开的表中没有这一行",
                            null, largest.toPlainString(), table.titleLine(), table.kind().report().title());
                }
            }
        }
    }

    /** Rows of the tables by function code print every column (a blank is 0); summary rows only what they show. */
    private static boolean fullRow(TableKind kind, PublishedRow row) {
        return kind.byFunction() || (kind == TableKind.T06 && row.code().matches("\\d+"))
                || (kind == TableKind.T04 && row.level() == 1);
    }

    void narrative(List<NarrativeTableRules.Named> named, List<NarrativeTableRules.ItemStatement> items,
            List<Paragraph> paragraphs) {
        for (NarrativeTableRules.Named figure : named) {
            Report report = ledger.report(figure.cell().table().report());
            if (report == null) {
                continue;
            }
            Optional<BigDecimal> theirs = cell(report, figure.cell().code(), figure.cell().column());
            compare(LintRule.LEDGER_NARRATIVE, "情况说明中" + figure.stated().amount().subject() + "（表"
                    + figure.cell().table().number() + " " + figure.name() + "）", figure.stated().amount().value(),
                    theirs.orElse(BigDecimal.ZERO), figure.stated().line(), figure.stated().excerpt());
        }
        Report execution = ledger.report(org.budgetledger.query.report.ReportId.FUNCTION_EXECUTION);
        for (NarrativeTableRules.ItemStatement item : items) {
            Optional<ReportRow> row = execution == null ? Optional.empty() : execution.rows().stream()
                    .filter(r -> r.code().length() == 7 && r.name().equals(item.itemName())).findFirst();
            statement(item.paragraph(), item.itemName() + "（项）", row, item.initial(), "initial", "年初预算");
            statement(item.paragraph(), item.itemName() + "（项）", row, item.actual(), "spent", "支出决算");
        }
        projects(paragraphs);
        threePublic(paragraphs);
    }

    /** Each project's 综述: 年初预算数, 年中追加, 年中压减, 全年预算数, 执行数, against project-execution by its name. */
    private void projects(List<Paragraph> paragraphs) {
        Report projects = ledger.report(org.budgetledger.query.report.ReportId.PROJECT_EXECUTION);
        if (projects == null) {
            return;
        }
        for (int i = 0; i + 1 < paragraphs.size(); i++) {
            Matcher heading = PROJECT_HEADING.matcher(paragraphs.get(i).text().strip());
            Paragraph told = paragraphs.get(i + 1);
            if (!heading.matches() || !told.text().contains("项目绩效自评综述")) {
                continue;
            }
            String name = heading.group(1).replaceAll("[（(]公共专项[)）]", "").strip();
            Optional<ReportRow> row = projects.rows().stream().filter(r -> !r.code().equals("TOTAL") && sameProject(r.name(), name))
                    .findFirst();
            for (Amount amount : NarrativeFigures.amounts(told.text())) {
                String subject = amount.subject();
                String column = subject.contains("追加") ? "increases" : subject.contains("压减") ? "decreases"
                        : amount.fullYearBudget() ? "budget" : amount.initialBudget() ? "initial"
                        : subject.startsWith("执行") ? "spent" : null;
                if (column != null) {
                    statement(told, "项目“" + name + "”", row, amount, column, subject);
                }
            }
        }
    }

    /** 三公: "公务接待费支出预算为10万元，支出决算为3.33万元" against 09's budget and actual. */
    private void threePublic(List<Paragraph> paragraphs) {
        Report t09 = ledger.report(org.budgetledger.query.report.ReportId.THREE_PUBLIC);
        if (t09 == null) {
            return;
        }
        for (Paragraph paragraph : paragraphs) {
            List<Amount> amounts = NarrativeFigures.amounts(paragraph.text());
            for (int i = 0; i + 1 < amounts.size(); i++) {
                Amount budget = amounts.get(i);
                Amount actual = amounts.get(i + 1);
                if (!budget.subject().endsWith("支出预算") || !actual.subject().startsWith("支出决算")) {
                    continue;
                }
                String code = THREE_PUBLIC.entrySet().stream().filter(e -> budget.subject().contains(e.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                if (code == null) {
                    continue;
                }
                Optional<ReportRow> row = t09.rows().stream().filter(r -> r.code().equals(code)).findFirst();
                String name = budget.subject().replace("支出预算", "");
                statement(paragraph, name, row, budget, "budget", "预算");
                statement(paragraph, name, row, actual, "actual", "决算");
            }
        }
    }

    private void statement(Paragraph paragraph, String what, Optional<ReportRow> row, Amount amount, String column, String label) {
        if (amount == null) {
            return;
        }
        int line = paragraph.lineAt(amount.start());
        String excerpt = Excerpts.around(paragraph.text(), amount.start(), amount.end());
        if (row.isEmpty()) {
            if (amount.value().signum() != 0) {
                findings.add(LintRule.LEDGER_NARRATIVE, Severity.ERROR, "情况说明中" + what + label + " " + Figure.format(amount.value())
                        + " 万元，台账 " + ledger.ledger() + " 中没有对应的指标", Figure.format(amount.value()), null, line, excerpt);
            }
            return;
        }
        String cell = row.get().cells().get(column);
        compare(LintRule.LEDGER_NARRATIVE, "情况说明中" + what + label, amount.value(),
                cell == null ? BigDecimal.ZERO : Figure.parse(cell), line, excerpt);
    }

    private void compare(LintRule rule, String what, BigDecimal printed, BigDecimal theirs, int line, String excerpt) {
        Severity severity = Figure.difference(printed, theirs);
        findings.add(rule, severity, what + " " + Figure.format(printed) + " 万元，台账 " + ledger.ledger() + " 为 "
                + Figure.format(theirs) + " 万元" + (severity == Severity.INFO ? "，相差 0.01 万元（尾数）" : ""),
                Figure.format(printed), Figure.format(theirs), line, excerpt);
    }

    private static Optional<BigDecimal> cell(Report report, String code, String column) {
        return report.row(code).map(row -> row.cells().get(column)).map(Figure::parse);
    }

    private static boolean sameProject(String ledgerName, String printedName) {
        String a = ledgerName.replaceAll("(经费)?项目$", "").replaceAll("\\s", "");
        String b = printedName.replaceAll("(经费)?项目$", "").replaceAll("\\s", "");
        return !a.isEmpty() && (a.equals(b) || a.startsWith(b) || b.startsWith(a));
    }
}
