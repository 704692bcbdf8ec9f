package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The publication of the demo ledger (ZZJJ/2023) downloaded by a VIEWER: the Word document opens
 * in POI, holds every figure of the JSON tables 01–09 in the table under its heading, the 情况说明
 * and the 名词解释; the workbook holds every table on a sheet of its own with the same figures; and
 * LibreOffice, where it is installed, converts the document to PDF.
 */
class PublicationHttpTest extends StandaloneTestSupport {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> NUMBERED = List.of("01", "02", "03", "04", "05", "06", "07", "08", "09");
    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private Http reader;

    @BeforeEach
    void demoAndReader() {
        loadDemoLedger();
        reader = TestUsers.ensure(http, "publication-reader", DEMO_UNIT + ":VIEWER");
    }

    private byte[] download(String path, String contentType) {
        Http.Answer answer = reader.get(path);
        assertThat(answer.status()).as("GET %s: %s", path, answer.status() == 200 ? "" : answer.text()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo(contentType);
        return answer.body();
    }

    /**
     * The texts a table prints for a JSON report: each row's name and each figure, a zero amount
     * blank (as the publication prints it), so not among them.
     */
    private static List<String> printedTexts(JsonNode report) {
        return reportTexts(report, (kind, value) -> kind.equals("AMOUNT") && new BigDecimal(value).signum() == 0 ? null : value);
    }

    /**
     * Each row's name and, for each non-null cell, what {@code printed} makes of its column's kind
     * and value (null: nothing is printed).
     */
    private static List<String> reportTexts(JsonNode report, BinaryOperator<String> printed) {
        Map<String, String> kinds = new HashMap<>();
        report.get("columns").forEach(column -> kinds.put(column.get("key").asString(), column.get("kind").asString()));
        List<String> texts = new ArrayList<>();
        for (JsonNode row : report.get("rows")) {
            texts.add(row.get("name").asString());
            row.get("cells").properties().forEach(cell -> {
                if (!cell.getValue().isNull()) {
                    String text = printed.apply(kinds.get(cell.getKey()), cell.getValue().asString());
                    if (text != null) {
                        texts.add(text);
                    }
                }
            });
        }
        return texts;
    }

    /** The table that follows the heading of this text. */
    private static XWPFTable tableUnder(XWPFDocument document, String heading) {
        boolean found = false;
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph && paragraph.getStyle() != null
                    && paragraph.getText().equals(heading)) {
                found = true;
            } else if (found && element instanceof XWPFTable table) {
                return table;
            }
        }
        throw new AssertionError("No table under the heading " + heading);
    }

    private static List<String> cellTexts(XWPFTable table) {
        List<String> texts = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                texts.add(cell.getText());
            }
        }
        return texts;
    }

    /** Whether {@code container} holds every element of {@code wanted}, as many times as wanted holds it. */
    private static List<String> missing(List<String> container, List<String> wanted) {
        Map<String, Integer> counts = new HashMap<>();
        container.forEach(text -> counts.merge(text, 1, Integer::sum));
        List<String> missing = new ArrayList<>();
        for (String text : wanted) {
            if (counts.merge(text, -1, Integer::sum) < 0) {
                missing.add(text);
            }
        }
        return missing;
    }

    @Test
    void theWordPublicationHoldsEveryFigureOfTheTablesUnderTheirHeadings() throws IOException {
        Http.Answer answer = reader.get(demoPath() + "/publication?format=docx");
        assertThat(answer.status()).as(answer.status() == 200 ? "" : answer.text()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo(DOCX);
        assertThat(answer.header("Content-Disposition")).contains("ZZJJ-2023-publication.docx");

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(answer.body()))) {
            int figures = 0;
            for (int i = 0; i < NUMBERED.size(); i++) {
                JsonNode report = reader.getJson(demoPath() + "/reports/" + NUMBERED.get(i));
                XWPFTable table = tableUnder(document, ORDINALS[i] + "、" + report.get("title").asString());
                List<String> wanted = printedTexts(report);
                assertThat(missing(cellTexts(table), wanted)).as("table %s: figures of the JSON report not in the document",
                        NUMBERED.get(i)).isEmpty();
                figures += wanted.size();
            }
            assertThat(figures).as("the demo's tables are not empty").isGreaterThan(300);
            XWPFTable summary = tableUnder(document, "一、收入支出决算总表");
            assertThat(cellTexts(summary)).contains("22131.98", "18615.32", "1836.63");

            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("株洲市公安局交通警察支队", "2023年度部门决算", "目录", "第一部分 部门概况",
                    "第二部分 2023年度部门决算表", "第三部分 2023年度部门决算情况说明", "第四部分 名词解释", "附表");
            JsonNode narrative = reader.getJson(demoPath() + "/reports/narrative");
            for (JsonNode section : narrative.get("sections")) {
                assertThat(paragraphs).contains(section.get("number").asString() + "、" + section.get("title").asString());
            }
            assertThat(paragraphs).anyMatch(text -> text.startsWith("八、机关运行经费："));
            assertThat(paragraphs).anyMatch(text -> text.contains("【待填写：部门职责"));
            for (String appendix : List.of("function-execution", "project-execution", "procurement", "general-costs")) {
                JsonNode report = reader.getJson(demoPath() + "/reports/" + appendix);
                String heading = paragraphs.stream().filter(text -> text.startsWith("附表") && text.contains(report.get("title").asString()))
                        .findFirst().orElseThrow(() -> new AssertionError("no 附表 " + appendix));
                assertThat(missing(cellTexts(tableUnder(document, heading)), printedTexts(report))).as("附表 %s", appendix).isEmpty();
            }

            // 第五部分, which section 十四 refers to: the budget text and the self-evaluation tables of the books.
            assertThat(paragraphs).anyMatch(text -> text.contains("部门整体支出绩效评价报告详见第五部分。"));
            assertThat(paragraphs).containsSubsequence("第五部分 附件", "2023年度株洲市公安局交通警察支队整体支出绩效自评报告",
                    "一、预算单位基本情况", "二、预算收支及执行情况", "三、资金使用及绩效情况", "四、存在的问题及下一步改进措施");
            String budgetText = reader.get(demoPath() + "/reports/performance-unit?format=text").text();
            List<String> budgetLines = budgetText.lines().skip(1).filter(line -> !line.isBlank()).toList();
            assertThat(budgetLines).hasSizeGreaterThan(5);
            assertThat(paragraphs).containsSubsequence(budgetLines);
            List<String> evaluationTables = List.of("performance-unit", "performance-project");
            for (int i = 0; i < evaluationTables.size(); i++) {
                JsonNode report = reader.getJson(demoPath() + "/reports/" + evaluationTables.get(i));
                List<String> wanted = printedTexts(report);
                assertThat(wanted).as("the demo's %s is not empty", evaluationTables.get(i)).hasSizeGreaterThan(20);
                XWPFTable table = tableUnder(document, "（" + ORDINALS[i] + "）" + report.get("title").asString());
                assertThat(missing(cellTexts(table), wanted)).as("第五部分 %s", evaluationTables.get(i)).isEmpty();
            }
        }
    }

    /**
     * The document's text as a PDF extraction gives it: a line per paragraph, a table's row as its
     * cells separated by tabs, in the order of the body.
     */
    private static String plainText(XWPFDocument document) {
        StringBuilder text = new StringBuilder();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                text.append(paragraph.getText()).append('\n');
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    text.append(String.join("\t", row.getTableCells().stream().map(XWPFTableCell::getText).toList())).append('\n');
                }
            }
        }
        return text.toString();
    }

    @Test
    void theLintFindsNoErrorInTheGeneratedPublicationAndReconcilesItsTablesAndTextWithTheBooks() throws IOException {
        String text;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(
                download(demoPath() + "/publication?format=docx", DOCX)))) {
            text = plainText(document);
        }
        Http.Answer answer = reader.post("/api/v1/lint?ledger=" + DEMO_UNIT + "/2023", "text/plain; charset=UTF-8", text);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode body = answer.json();
        JsonNode summary = body.get("summary");
        assertThat(summary.get("document").asString()).isEqualTo("FINAL_ACCOUNTS");
        assertThat(summary.get("ledger").asString()).isEqualTo(DEMO_UNIT + "/2023");
        assertThat(summary.get("figures").asInt()).as("figures of the text the lint recomputed or reconciled").isGreaterThan(150);
        // Every table it knows is read under its numbered heading and reconciled cell by cell (LEDGER_TABLE_CELL).
        List<String> tables = new ArrayList<>();
        summary.get("tables").forEach(table -> tables.add(table.asString()));
        assertThat(tables).containsExactly("01", "02", "03", "04", "05", "06", "07", "08");
        List<String> unexpected = new ArrayList<>();
        int placeholders = 0;
        for (JsonNode finding : body.get("findings")) {
            String severity = finding.path("severity").asString();
            String rule = finding.path("rule").asString();
            if (rule.equals("TEMPLATE_PLACEHOLDER")) {
                placeholders++;
            } else if (!severity.equals("INFO")) {
                unexpected.add(severity + " " + rule + "@" + finding.path("line").asInt() + " " + finding.path("message").asString());
            }
        }
        // Only the prose of reasons is left to write, and the lint says where: each 【待填写：…】 is an unfinished part.
        assertThat(unexpected).as("the lint's errors and warnings other than the placeholders").isEmpty();
        // Not vacuous: one figure changed in the tables' text is a difference from the books.
        String row = "204\t公共安全支出\t18615.32";
        assertThat(text).contains(row);
        JsonNode altered = reader.post("/api/v1/lint?ledger=" + DEMO_UNIT + "/2023", "text/plain; charset=UTF-8",
                text.replace(row, "204\t公共安全支出\t18625.32")).json();
        List<String> differences = new ArrayList<>();
        altered.get("findings").forEach(finding -> {
            if (finding.path("rule").asString().equals("LEDGER_TABLE_CELL")) {
                differences.add(finding.path("stated").asString());
            }
        });
        assertThat(differences).isNotEmpty().containsOnly("18625.32");

        long linesWithPlaceholders = text.lines().filter(line -> line.contains("【待填写：")).count();
        assertThat(linesWithPlaceholders).isGreaterThan(30);
        assertThat(placeholders).as("every line holding a placeholder is reported (once a line)").isEqualTo((int) linesWithPlaceholders);
    }

    /** The amounts of a sheet (numbers, rounded to the 2 decimals they were written with) and its words. */
    private static List<String> sheetTexts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.NUMERIC) {
                    texts.add(BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP).toPlainString());
                } else if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }

    /**
     * The texts a sheet holds for a JSON report: each row's name, its words as they are (a target
     * such as "265" is a word of the self-evaluation tables), and its figures as numbers, every zero
     * figure blank (percentages too) and counts as numbers.
     */
    private static List<String> sheetWanted(JsonNode report) {
        return reportTexts(report, (kind, value) -> kind.equals("TEXT") ? value
                : new BigDecimal(value).signum() == 0 ? null : new BigDecimal(value).setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    @Test
    void theWorkbookHasEveryTableOnASheetOfItsOwnWithTheSameFigures() throws IOException {
        byte[] workbookBytes = download(demoPath() + "/publication?format=xlsx", XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(workbookBytes))) {
            List<String> ids = new ArrayList<>(NUMBERED);
            ids.addAll(List.of("performance-unit", "performance-project"));
            ids.addAll(List.of("function-execution", "project-execution", "procurement", "general-costs"));
            assertThat(workbook.getNumberOfSheets()).isEqualTo(ids.size());
            assertThat(workbook.getSheetName(0)).isEqualTo("01 收入支出决算总表");
            assertThat(workbook.getSheetName(5)).as("cut to Excel's 31 characters").isEqualTo("06 一般公共预算财政拨款基本支出决算明细表")
                    .hasSizeLessThanOrEqualTo(31);
            for (int i = 0; i < ids.size(); i++) {
                JsonNode report = reader.getJson(demoPath() + "/reports/" + ids.get(i));
                Sheet sheet = workbook.getSheetAt(i);
                assertThat(sheet.getSheetName()).contains(report.get("title").asString().substring(0, 4));
                List<String> wanted = sheetWanted(report);
                assertThat(missing(sheetTexts(sheet), wanted)).as("sheet %s", sheet.getSheetName()).isEmpty();
            }
        }
    }

    @Test
    void libreOfficeConvertsTheWordPublicationToPdf(@TempDir Path directory) throws Exception {
        Path soffice = findOnPath("soffice");
        Assumptions.assumeTrue(soffice != null, "soffice (LibreOffice) is not on the PATH: the PDF conversion is not checked");
        byte[] document = download(demoPath() + "/publication?format=docx", DOCX);
        Path docx = Files.write(directory.resolve("ZZJJ-2023-publication.docx"), document);
        // A profile of its own, so that a LibreOffice the user has open does not take the conversion over.
        Process conversion = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=file://" + directory.resolve("profile"),
                "--headless", "--convert-to", "pdf", "--outdir", directory.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(directory.resolve("soffice.log").toFile()).start();
        assertThat(conversion.waitFor(180, TimeUnit.SECONDS)).as("soffice finished within 3 minutes").isTrue();
        Path pdf = directory.resolve("ZZJJ-2023-publication.pdf");
        assertThat(pdf).as(Files.readString(directory.resolve("soffice.log"))).exists();
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(bytes.length).as("a document of many pages").isGreaterThan(50_000);
    }

    private static Path findOnPath(String program) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!directory.isBlank() && Files.isExecutable(Path.of(directory, program))) {
                return Path.of(directory, program);
            }
        }
        return null;
    }

    @Test
    void theNarrativeIsJsonTextOrWord() throws IOException {
        JsonNode narrative = reader.getJson(demoPath() + "/reports/narrative");
        assertThat(narrative.get("ledger").asString()).isEqualTo("ZZJJ/2023");
        assertThat(narrative.get("sequence").asLong()).isEqualTo(DEMO_LINES);
        assertThat(narrative.get("unitName").asString()).isEqualTo("株洲市公安局交通警察支队");
        assertThat(narrative.get("sections")).hasSize(14);
        JsonNode first = narrative.get("sections").get(0);
        assertThat(first.get("number").asString()).isEqualTo("一");
        assertThat(first.get("paragraphs").get(0).get("spans").get(0).has("kind")).isTrue();

        Http.Answer text = reader.get(demoPath() + "/reports/narrative?format=text");
        assertThat(text.status()).isEqualTo(200);
        assertThat(text.contentType()).startsWith("text/plain");
        assertThat(text.text()).startsWith("一、" + first.get("title").asString()).contains("十四、");
        assertThat(reader.get(demoPath() + "/reports/narrative", "Accept", "text/plain").text()).isEqualTo(text.text());

        byte[] word = download(demoPath() + "/reports/narrative?format=docx", DOCX);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word))) {
            List<String> headings = document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings).hasSize(14).startsWith("一、" + first.get("title").asString());
            assertThat(document.getTables()).isEmpty();
        }
    }

    @Test
    void anUnknownLedgerOrFormatIsRefusedAndMinSequenceWaitsForTheReadSide() {
        Http.Answer unknown = http.get("/api/v1/ledgers/NOPE/2023/publication?format=docx");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("LEDGER_NOT_FOUND");
        assertThat(http.get("/api/v1/ledgers/NOPE/2023/reports/narrative").json().get("code").asString())
                .isEqualTo("LEDGER_NOT_FOUND");
        Http.Answer pdf = reader.get(demoPath() + "/publication?format=pdf");
        assertThat(pdf.status()).isEqualTo(400);
        assertThat(pdf.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(pdf.json().get("errors").get(0).get("field").asString()).isEqualTo("format");
        assertThat(reader.get(demoPath() + "/reports/narrative?format=csv").status()).isEqualTo(400);
        Http.Answer badDate = reader.get(demoPath() + "/publication?asOf=2023-13-01");
        assertThat(badDate.status()).isEqualTo(400);

        Http.Answer behind = reader.get(demoPath() + "/publication?format=xlsx&minSequence=" + (DEMO_LINES + 1000));
        assertThat(behind.status()).isEqualTo(503);
        assertThat(behind.json().get("code").asString()).isEqualTo("PROJECTION_BEHIND");
        assertThat(reader.get(demoPath() + "/publication?format=xlsx&minSequence=" + DEMO_LINES).status()).isEqualTo(200);
    }
}
