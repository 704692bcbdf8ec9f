package org.budgetledger.query.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A paragraph of the narrative, joined back from the lines a PDF extraction cut it into ("…支出减" /
 * "少2836.51万元"), with the document line of every character so that a finding can say where it is.
 */
record Paragraph(String text, int[] lineOfChar) {

    private static final Pattern HEADING = Pattern.compile(
            "^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[)）]|\\d+[、.．]|- ).*");
    private static final String ENDINGS = "。：:；;！？!?";

    int lineAt(int offset) {
        return lineOfChar.length == 0 ? 0 : lineOfChar[Math.max(0, Math.min(offset, lineOfChar.length - 1))];
    }

    /**
     * The paragraphs of the lines not inside a table. A line continues the previous one when that one
     * stops mid-sentence and this one does not open a heading; a short line without punctuation is a
     * title, and a line naming a 类 or 款 without its 项 continues on the next line.
     */
    static List<Paragraph> of(List<String> lines, boolean[] skip) {
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Integer> lineNumbers = new ArrayList<>();
        boolean open = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (skip[i] || line.isEmpty()) {
                if (skip[i]) {
                    open = false;
                }
                continue;
            }
            boolean continues = open && !HEADING.matcher(line).matches();
            if (!continues && text.length() > 0) {
                paragraphs.add(build(text, lineNumbers));
                text.setLength(0);
                lineNumbers.clear();
            }
            for (int c = 0; c < line.length(); c++) {
                text.append(line.charAt(c));
                lineNumbers.add(i + 1);
            }
            char last = line.charAt(line.length() - 1);
            boolean title = line.length() <= 40 && !line.matches(".*[，,。；;：:].*") && !line.contains("（类）");
            open = ENDINGS.indexOf(last) < 0 && (!title || (line.contains("（类）") && !line.contains("（项）")));
            if (line.contains("（类）") && !line.contains("（项）")) {
                open = true;
            }
        }
        if (text.length() > 0) {
            paragraphs.add(build(text, lineNumbers));
        }
        return paragraphs;
    }

    private static Paragraph build(StringBuilder text, List<Integer> lineNumbers) {
        return new Paragraph(text.toString(), lineNumbers.stream().mapToInt(Integer::intValue).toArray());
    }
}
