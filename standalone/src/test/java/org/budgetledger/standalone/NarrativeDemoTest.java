package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.budgetledger.query.narrative.Narrative;
import org.budgetledger.query.narrative.NarrativeGenerator;
import org.budgetledger.query.narrative.NarrativeParagraph;
import org.budgetledger.query.narrative.NarrativeSection;
import org.budgetledger.query.narrative.NarrativeSpan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The 情况说明 generated from the Zhuzhou demo ledger against the published one
 * ({@code reference/zhuzhou-traffic-police-2023/narrative-figures.csv}: every figure of its
 * fourteen sections), and read back by an independent reader against the JSON tables.
 */
class NarrativeDemoTest extends StandaloneTestSupport {

    private static final String FIGURES = "reference/zhuzhou-traffic-police-2023/narrative-figures.csv";
    private static final Pattern NUMBER = Pattern.compile("^[0-9]+(?:\\.[0-9]+)?");
    private static final Pattern WORD = Pattern.compile("^(大于|小于|等于|持平|增加|减少|优|良|中|差)");

    @Autowired
    NarrativeGenerator generator;

    private Narrative narrative;

    @BeforeEach
    void generated() {
        loadDemoLedger();
        narrative = generator.generate(DEMO_UNIT, DEMO_YEAR, null, null);
    }

    @Test
    void everyPublishedFigureIsGeneratedExceptThePublicationsOwnErrors() {
        List<String> wrong = new ArrayList<>();
        int reproduced = 0;
        int publicationErrors = 0;
        int placeholders = 0;
        for (Map<String, String> figure : ReferenceCsv.read(FIGURES)) {
            String label = figure.get("section") + " " + figure.get("what") + " (published " + figure.get("published") + ")";
            NarrativeSection section = section(figure.get("section"));
            if (figure.get("generated").equals("PLACEHOLDER")) {
                boolean asked = section.paragraphs().stream().flatMap(paragraph -> paragraph.spans().stream())
                        .anyMatch(span -> span.kind() == NarrativeSpan.Kind.PLACEHOLDER && span.text().contains(figure.get("anchor")));
                if (!asked) {
                    wrong.add(label + ": no placeholder asks for it");
                }
                placeholders++;
                continue;
            }
            String generated = generatedValue(section, figure);
            boolean same = generated != null && samePrecisionAs(figure.get("published"), generated, figure.get("unit"));
            boolean listedAsError = !figure.get("publication_error").isBlank();
            if (listedAsError && same) {
                wrong.add(label + ": listed as a publication error, but generated as published");
            } else if (!listedAsError && !same) {
                wrong.add(label + ": generated " + generated);
            } else if (listedAsError) {
                publicationErrors++;
            } else {
                reproduced++;
            }
        }
        assertThat(wrong).as("figures that differ from the publication without a listed reason").isEmpty();
        assertThat(reproduced).isEqualTo(168);
        assertThat(publicationErrors).isEqualTo(9);
        assertThat(placeholders).isEqualTo(23);
    }

    @Test
    void everyShareChangeAndComparisonAgreesWithTheTables() {
        NarrativeReader reader = reader();
        reader.read(narrative.text());

        assertThat(reader.differences).as(narrative.text()).isEmpty();
        // 一 2, 二 1, 三 2, 五 1 + 5, 六 2, 七 3, 十二 2, 十四 2
        assertThat(reader.shares).isEqualTo(20);
        // 五 1 + 15 项, 七 1 + 4, 十一 2
        assertThat(reader.budgetComparisons).isEqualTo(23);
        // 一, 四, 五, 七 × 4, 十 × 2
        assertThat(reader.changes).isEqualTo(9);
    }

    /** The reader is not blind: given the publication's own 公务接待费 sentence and its 3.9 %, it finds the three mistakes. */
    @Test
    void theReaderFindsThePublishedMistakesWhenTheyAreWrittenIn() {
        String published = narrative.text()
                .replace("支出决算为3.33万元，完成预算的33.30%，决算数小于预算数", "支出决算为3.33万元，完成预算的33.30%，决算数大于预算数")
                .replace("增加1.56万元，增长88.14%", "增加1.56万元，增长88.50%")
                .replace("876.96万元，占3.96%", "876.96万元，占3.90%");
        assertThat(published).isNotEqualTo(narrative.text());
        NarrativeReader reader = reader();
        reader.read(published);

        assertThat(reader.differences).hasSize(3);
        assertThat(reader.differences.get(0)).startsWith("share 876.96 of 22131.98: text 3.90%, recomputed 3.96%");
        assertThat(reader.differences.get(1)).startsWith("comparison word 大于, figures say 小于");
        assertThat(reader.differences.get(2)).contains("recomputed 增长88.14% against 1.77");
    }

    @Test
    void theNarrativeAsksForEveryReasonAndNeverSaysTheReceptionExceededItsBudget() {
        String text = narrative.text();
        assertThat(text).contains("公务接待费支出预算为10.00万元，支出决算为3.33万元，完成预算的33.30%，决算数小于预算数");
        assertThat(text).doesNotContain("决算数大于预算数的主要原因是本单位落实厉行节约");
        long reasons = narrative.sections().stream().flatMap(section -> section.paragraphs().stream())
                .flatMap(paragraph -> paragraph.spans().stream())
                .filter(span -> span.kind() == NarrativeSpan.Kind.PLACEHOLDER && span.text().contains("主要原因")).count();
        // 一, 四, 五(一), 五(三) 15 项, 七 total + 3 categories with a budget gap + 3 changes, 十 × 2
        assertThat(reasons).isEqualTo(1 + 1 + 1 + 15 + 4 + 3 + 2);
        assertThat(narrative.sections()).extracting(NarrativeSection::number)
                .containsExactly("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四");
    }

    /** A reader given the demo's JSON tables and the previous year its journal states. */
    private NarrativeReader reader() {
        List<BigDecimal[]> pairs = new ArrayList<>();
        BigDecimal operatingBudget = null;
        BigDecimal operatingPriorYear = null;
        for (String id : reportTexts(http, demoPath()).keySet()) {
            ReportTable table = ReportTable.fetch(http, demoPath(), id);
            for (String code : table.codes()) {
                addPair(pairs, table, code, "initial", "spent");
                addPair(pairs, table, code, "budget", "spent");
                addPair(pairs, table, code, "budget", "actual");
            }
            if (id.equals("general-costs")) {
                operatingBudget = new BigDecimal(table.cell("OPERATING_COSTS", "budget"));
                operatingPriorYear = new BigDecimal(table.cell("OPERATING_COSTS", "priorYear"));
            }
        }
        return new NarrativeReader(priorYearOfTheJournal(), pairs, operatingBudget, operatingPriorYear);
    }

    /** The number (or word, or sentence) right after the figure's anchors, followed one after the other in its section. */
    private static String generatedValue(NarrativeSection section, Map<String, String> figure) {
        String text = section.paragraphs().stream().map(NarrativeParagraph::text).collect(Collectors.joining("\n"));
        if (figure.get("unit").equals("句")) {
            return section.paragraphs().stream().map(NarrativeParagraph::text).filter(figure.get("published")::equals)
                    .findFirst().orElse(null);
        }
        int at = 0;
        for (String anchor : figure.get("anchor").split("\\|")) {
            int found = text.indexOf(anchor, at);
            if (found < 0) {
                return null;
            }
            at = found + anchor.length();
        }
        Matcher value = (figure.get("unit").equals("词") ? WORD : NUMBER).matcher(text.substring(at));
        return value.find() ? value.group() : null;
    }

    /**
     * Amounts and counts must be equal; a percentage is compared at the published precision (the
     * generated 2 decimals rounded half-up to the published decimals); words and sentences as written.
     */
    private static boolean samePrecisionAs(String published, String generated, String unit) {
        return switch (unit) {
            case "%" -> {
                int decimals = published.contains(".") ? published.length() - published.indexOf('.') - 1 : 0;
                yield new BigDecimal(generated).setScale(decimals, RoundingMode.HALF_UP).compareTo(new BigDecimal(published)) == 0;
            }
            case "词", "句" -> published.equals(generated);
            default -> new BigDecimal(generated).compareTo(new BigDecimal(published)) == 0;
        };
    }

    private NarrativeSection section(String number) {
        return narrative.sections().stream().filter(section -> section.number().equals(number)).findFirst().orElseThrow();
    }

    private static void addPair(List<BigDecimal[]> pairs, ReportTable table, String code, String budget, String spent) {
        if (table.columns().contains(budget) && table.columns().contains(spent)) {
            String b = table.cell(code, budget);
            String s = table.cell(code, spent);
            if (b != null && s != null && b.matches("[0-9]+\\.[0-9]+") && s.matches("[0-9]+\\.[0-9]+")) {
                pairs.add(new BigDecimal[] {new BigDecimal(b), new BigDecimal(s)});
            }
        }
    }

    /** The previous-year figures the demo journal states, in 万元 as a table prints them: read from the journal, not the ledger. */
    private static List<BigDecimal> priorYearOfTheJournal() {
        List<BigDecimal> figures = new ArrayList<>();
        for (String line : DemoLedger.journal().split("\n")) {
            if (line.contains("\"RecordStatement\"") && line.contains("\"PRIOR_YEAR\"")) {
                JsonNode statement = Http.JSON.readTree(line);
                statement.get("figures").properties().forEach(entry -> figures.add(
                        new BigDecimal(entry.getValue().asString()).movePointLeft(4).setScale(2, RoundingMode.HALF_UP)));
            }
        }
        assertThat(figures).as("the PRIOR_YEAR statement of the demo journal").isNotEmpty();
        return figures;
    }

    @Test
    void asOfAndKnownAtCutTheNarrativeAsTheyCutTheTables() {
        Narrative midYear = generator.generate(DEMO_UNIT, DEMO_YEAR, java.time.LocalDate.parse("2023-06-30"), null);
        ReportTable table = ReportTable.fetch(http, demoPath(), "income-expenditure-summary", "asOf=2023-06-30");
        String total = table.cell("GRAND_TOTAL_INCOME", "amount");

        assertThat(total).isNotEqualTo("22131.98");
        assertThat(midYear.sections().get(0).paragraphs().get(0).text()).startsWith("2023年度收、支总计" + total + "万元");
        Narrative knownBeforeTheJournal = generator.generate(DEMO_UNIT, DEMO_YEAR, null, java.time.Instant.parse("2000-01-01T00:00:00Z"));
        assertThat(knownBeforeTheJournal.sections().get(0).paragraphs().get(0).text()).startsWith("2023年度收、支总计0.00万元");
    }
}
