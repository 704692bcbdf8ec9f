package org.budgetledger.query.publication;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A Word document with what every document of the publication needs and a blank POI document
 * lacks: heading styles that Word and LibreOffice both recognise (their built-in names
 * {@code heading 1}… with outline levels, so that a table of contents finds them), Chinese fonts,
 * A4 pages in portrait or landscape sections (the wide tables need landscape) and page numbers.
 */
final class WordDocument implements AutoCloseable {

    /** Twentieths of a point: A4 is 11906 × 16838, margins of 2 cm are 1134. */
    static final int A4_SHORT = 11906;
    static final int A4_LONG = 16838;
    static final int MARGIN = 1134;

    static final String HEADING_STYLE = "Heading";
    private static final String BODY_FONT = "宋体";
    private static final String HEADING_FONT = "黑体";
    private static final String LATIN_FONT = "Times New Roman";

    private final XWPFDocument document = new XWPFDocument();
    private final XWPFFooter footer;
    private final List<CTSectPr> sections = new ArrayList<>();
    private final List<Heading> headings = new ArrayList<>();

    /** A heading as written, for the table of contents. */
    record Heading(int level, String text) {
    }

    WordDocument() {
        defineStyles();
        footer = pageNumbers();
    }

    XWPFDocument document() {
        return document;
    }

    /** A heading of level 1 to 3 (part, table or section, sub-heading). */
    XWPFParagraph heading(int level, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(HEADING_STYLE + level);
        paragraph.createRun().setText(text);
        headings.add(new Heading(level, text));
        return paragraph;
    }

    /** The headings written so far, in order. */
    List<Heading> headings() {
        return List.copyOf(headings);
    }

    /** A body paragraph: justified, its first line indented by two characters as Chinese prose is set. */
    XWPFParagraph bodyParagraph() {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(480);
        paragraph.setSpacingAfter(60);
        return paragraph;
    }

    XWPFParagraph centered(String text, double points, boolean bold) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(points);
        return paragraph;
    }

    /** Ends the current section (its pages in this orientation); what follows starts on a new page. */
    void endSection(boolean landscape) {
        XWPFParagraph paragraph = document.createParagraph();
        CTSectPr section = paragraph.getCTP().addNewPPr().addNewSectPr();
        page(section, landscape);
        sections.add(section);
    }

    void pageBreak() {
        document.createParagraph().setPageBreak(true);
    }

    /** The width of the text on a page of this orientation, in twentieths of a point. */
    static int textWidth(boolean landscape) {
        return (landscape ? A4_LONG : A4_SHORT) - 2 * MARGIN;
    }

    /** Writes the document (the last section in this orientation); the stream is not closed. */
    void write(OutputStream out, boolean lastSectionLandscape) {
        CTSectPr body = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        page(body, lastSectionLandscape);
        // A section without a footer reference would print no page number: each names the one footer.
        String footerId = document.getRelationId(footer);
        for (CTSectPr section : sections) {
            CTHdrFtrRef reference = section.addNewFooterReference();
            reference.setType(STHdrFtr.DEFAULT);
            reference.setId(footerId);
        }
        try {
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds a field (such as {@code TOC}) whose result, until Word recomputes it, is the given
     * paragraphs' text: the begin and the instruction go into the first paragraph, the end after
     * the last, so that a reader that does not update fields (LibreOffice) shows the text as it is.
     */
    void complexField(String instruction, List<XWPFParagraph> result) {
        XWPFParagraph first = result.get(0);
        CTR begin = first.getCTP().insertNewR(0);
        begin.addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTR code = first.getCTP().insertNewR(1);
        CTText text = code.addNewInstrText();
        text.setStringValue(" " + instruction + " ");
        text.setSpace(SpaceAttribute.Space.PRESERVE);
        first.getCTP().insertNewR(2).addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        result.get(result.size() - 1).getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static void page(CTSectPr section, boolean landscape) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
    }

    private XWPFFooter pageNumbers() {
        XWPFFooter pageFooter = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = pageFooter.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.getCTP().addNewFldSimple().setInstr("PAGE");
        return pageFooter;
    }

    private void defineStyles() {
        XWPFStyles styles = document.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setEastAsia(BODY_FONT);
        styles.setDefaultFonts(fonts);
        heading(styles, 1, 32, 0);
        heading(styles, 2, 28, 240);
        heading(styles, 3, 24, 120);
    }

    /** A heading style under Word's built-in name, so that the TOC field and LibreOffice's navigator see it. */
    private static void heading(XWPFStyles styles, int level, int halfPoints, int spaceBefore) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(HEADING_STYLE + level);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal("heading " + level);
        style.addNewQFormat();
        style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        CTSpacing spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(spaceBefore));
        spacing.setAfter(BigInteger.valueOf(120));
        if (level == 1) {
            paragraph.addNewJc().setVal(STJc.CENTER);
        }
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        CTFonts fonts = run.addNewRFonts();
        fonts.setEastAsia(HEADING_FONT);
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        styles.addStyle(new XWPFStyle(style, styles));
    }
}
