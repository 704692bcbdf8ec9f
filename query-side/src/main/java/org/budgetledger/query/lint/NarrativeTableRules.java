package org.budgetledger.query.lint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.query.lint.NarrativeFigures.Amount;
import org.budgetledger.query.lint.NarrativeRules.Stated;
import org.budgetledger.query.report.ExpenditureClasses;

/**
 * The narrative's figures against the printed tables: each figure whose subject names a table cell
 * (本年收入合计, 基本支出, 人员经费, a 类, a 基本支出 economic item such as 会议费) and each 项 of the
 * budget-versus-决算 part (X（类）Y（款）Z（项）, 支出决算为 …). It also gives the ledger check the cell each
 * narrative figure stands for.
 */
final class NarrativeTableRules {

    private static final Pattern ITEM = Pattern.compile("([^、（(）)]+?)[（(]类[)）]([^（(]+?)[（(]款[)）]([^（(]+?)[（(]项[)）]");
    private static final Map<String, Cell> NAMED = Map.ofEntries(
            Map.entry("本年收入合计", new Cell(TableKind.T01, "INCOME_TOTAL", "amount")),
            Map.entry("本年支出合计", new Cell(TableKind.T01, "EXPENDITURE_TOTAL", "amount")),
            Map.entry("收支总计", new Cell(TableKind.T01, "GRAND_TOTAL_INCOME", "amount")),
            Map.entry("财政拨款收支总计", new Cell(TableKind.T04, "GRAND_TOTAL_INCOME", "total")),
            Map.entry("财政拨款收入", new Cell(TableKind.T02, "TOTAL", "fiscal")),
            Map.entry("基本支出", new Cell(TableKind.T03, "TOTAL", "basic")),
            Map.entry("一般公共预算财政拨款基本支出", new Cell(TableKind.T05, "TOTAL", "expenditureBasic")),
            Map.entry("项目支出", new Cell(TableKind.T03, "TOTAL", "project")),
            Map.entry("一般公共预算财政拨款项目支出", new Cell(TableKind.T05, "TOTAL", "expenditureProject")),
            Map.entry("一般公共预算支出", new Cell(TableKind.T05, "TOTAL", "expenditureTotal")),
            Map.entry("一般公共预算财政拨款支出", new Cell(TableKind.T05, "TOTAL", "expenditureTotal")),
            Map.entry("整体支出", new Cell(TableKind.T03, "TOTAL", "total")),
            Map.entry("总支出", new Cell(TableKind.T03, "TOTAL", "total")),
            Map.entry("人员经费", new Cell(TableKind.T06, "PERSONNEL_TOTAL", "amount")),
            Map.entry("公用经费", new Cell(TableKind.T06, "PUBLIC_TOTAL", "amount")),
            Map.entry("机关运行经费支出", new Cell(TableKind.T06, "PUBLIC_TOTAL", "amount")),
            Map.entry("机关运行经费", new Cell(TableKind.T06, "PUBLIC_TOTAL", "amount")));
    private static final Pattern YEAR = Pattern.compile("^\\d{4}\\s*年(度)?");

    /** A cell of a printed table (and of the ledger's table of the same id). */
    record Cell(TableKind table, String code, String column) {
    }

    /** A narrative figure and the cell it names. */
    record Named(Stated stated, Cell cell, String name) {
    }

    /** A 项 of the budget-versus-决算 part: its names, its 年初预算 and 决算, where it is told. */
    record ItemStatement(String className, String sectionName, String itemName, Amount initial, Amount actual,
            Paragraph paragraph) {
    }

    private final Findings findings;
    private final CrossTableRules tables;
    private final List<Named> named = new ArrayList<>();
    private final List<ItemStatement> items = new ArrayList<>();

    NarrativeTableRules(Findings findings, CrossTableRules tables) {
        this.findings = findings;
        this.tables = tables;
    }

    List<Named> named() {
        return named;
    }

    List<ItemStatement> items() {
        return items;
    }

    /** Which figures name a cell, and which paragraphs tell a 项; needs no table. */
    void read(List<Stated> stated, List<Paragraph> paragraphs, List<PublishedTable> printed) {
        for (Stated figure : stated) {
            cellOf(figure.amount().subject(), printed).ifPresent(cell -> named.add(new Named(figure, cell.cell(), cell.name())));
        }
        for (int i = 0; i + 1 < paragraphs.size(); i++) {
            Matcher item = ITEM.matcher(paragraphs.get(i).text());
            if (!item.find()) {
                continue;
            }
            Paragraph told = paragraphs.get(i + 1);
            List<Amount> amounts = NarrativeFigures.amounts(told.text());
            Amount initial = amounts.stream().filter(a -> a.initialBudget() && !a.bracketed()).findFirst().orElse(null);
            Amount actual = amounts.stream().filter(a -> a.subject().contains("决算") && !a.budget() && !a.bracketed())
                    .findFirst().orElse(null);
            if (actual != null) {
                items.add(new ItemStatement(clean(item.group(1)), clean(item.group(2)), clean(item.group(3)), initial, actual, told));
            }
        }
    }

    void check(List<PublishedTable> printed) {
        for (Named figure : named) {
            Optional<BigDecimal> cell = tables.figure(figure.cell().table(), figure.cell().code(), figure.cell().column());
            if (cell.isEmpty()) {
                continue;
            }
            BigDecimal stated = figure.stated().amount().value();
            Severity severity = Figure.difference(stated, cell.get());
            findings.add(LintRule.NARRATIVE_TABLE, severity, "情况说明中" + figure.stated().amount().subject() + " "
                    + Figure.format(stated) + " 万元，表" + figure.cell().table().number() + " " + figure.name() + " 为 "
                    + Figure.format(cell.get()) + " 万元" + TableRules.rounding(severity), Figure.format(stated),
                    Figure.format(cell.get()), figure.stated().line(), figure.stated().excerpt());
        }
        PublishedTable t03 = printed.stream().filter(t -> t.kind() == TableKind.T03).findFirst().orElse(null);
        if (t03 == null) {
            return;
        }
        for (ItemStatement item : items) {
            Optional<PublishedRow> row = itemRow(t03, item);
            Amount actual = item.actual();
            int line = item.paragraph().lineAt(actual.start());
            String excerpt = Excerpts.around(item.paragraph().text(), actual.start(), actual.end());
            if (row.isEmpty()) {
                if (actual.value().signum() != 0) {
                    findings.add(LintRule.NARRATIVE_UNKNOWN_ITEM, Severity.WARNING, "情况说明中的 " + item.className() + " > "
                            + item.sectionName() + " > " + item.itemName() + " 支出决算 " + Figure.format(actual.value())
                            + " 万元，表03 中没有这一项", Figure.format(actual.value()), null, line, excerpt);
                }
                continue;
            }
            Severity severity = Figure.difference(actual.value(), row.get().value("total"));
            findings.add(LintRule.NARRATIVE_TABLE, severity, "情况说明中 " + item.itemName() + "（项）支出决算 "
                    + Figure.format(actual.value()) + " 万元，表03 " + row.get().code() + " " + row.get().name() + " 为 "
                    + Figure.format(row.get().value("total")) + " 万元" + TableRules.rounding(severity),
                    Figure.format(actual.value()), Figure.format(row.get().value("total")), line, excerpt);
        }
    }

    /** The 项 row of 03 with the statement's name, under the 款 of its name when 03 prints that 款. */
    static Optional<PublishedRow> itemRow(PublishedTable t03, ItemStatement item) {
        List<PublishedRow> sections = t03.rows().stream().filter(r -> r.level() == 2 && r.name().equals(item.sectionName())).toList();
        return t03.rows().stream().filter(r -> r.level() == 3 && r.name().equals(item.itemName()))
                .filter(r -> sections.isEmpty() || sections.stream().anyMatch(s -> r.code().startsWith(s.code())))
                .findFirst();
    }

    private record NamedCell(Cell cell, String name) {
    }

    /** The cell a subject names, if any: a fixed name, a 类, or a 基本支出 economic item of 06. */
    private static Optional<NamedCell> cellOf(String subject, List<PublishedTable> printed) {
        String plain = YEAR.matcher(subject).replaceFirst("").replaceAll("[（(]类[)）]", "").replaceAll("[“”\"]", "");
        Cell cell = NAMED.get(plain);
        if (cell != null) {
            return Optional.of(new NamedCell(cell, plain));
        }
        for (Map.Entry<String, String> entry : ExpenditureClasses.fixedClasses().entrySet()) {
            if (entry.getValue().equals(plain)) {
                return Optional.of(new NamedCell(new Cell(TableKind.T03, entry.getKey(), "total"), entry.getKey() + " " + plain));
            }
        }
        if (plain.contains("基本支出")) {
            for (PublishedTable table : printed) {
                if (table.kind() != TableKind.T06) {
                    continue;
                }
                for (PublishedRow row : table.rows()) {
                    if (row.code().length() == 5 && plain.endsWith(row.name()) && plain.length() > row.name().length()) {
                        return Optional.of(new NamedCell(new Cell(TableKind.T06, row.code(), "amount"),
                                row.code() + " " + row.name()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String clean(String name) {
        return name.replaceAll("^[\\d、.．\\s]+", "").replaceAll("\\s", "");
    }
}
