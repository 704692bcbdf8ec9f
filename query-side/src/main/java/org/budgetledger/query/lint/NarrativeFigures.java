package org.budgetledger.query.lint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of one paragraph: every amount in 万元 with its subject (the words before it, back to
 * the previous clause mark) and whether it stands in brackets, and every share (占…的 X%).
 */
final class NarrativeFigures {

    static final Pattern AMOUNT = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*万\\s*元");
    static final Pattern SHARE = Pattern.compile(
            "占(?:比)?(?:([^，,；;。%％\\d]{1,30}?)的(?:比重|比例)?(?:为)?)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]");
    private static final String CLAUSE_MARKS = "，,；;：:。（(）)";
    private static final Pattern YEAR = Pattern.compile("^\\d{4}\\s*年(度)?");

    /** An amount and its subject, such as 基本支出 for "其中基本支出14190.63万元". */
    record Amount(BigDecimal value, int start, int end, String subject, boolean bracketed) {

        Figure figure() {
            return Figure.amount(value);
        }

        /** 年初预算, 全年预算数, “三公”经费财政拨款支出预算: the subject ends in a budget. */
        boolean budget() {
            return subject.matches(".*预算(数)?$");
        }

        boolean initialBudget() {
            return budget() && subject.contains("年初");
        }

        boolean fullYearBudget() {
            return budget() && subject.contains("全年");
        }

        boolean adjustment() {
            return subject.contains("追加") || subject.contains("压减") || subject.contains("调减") || subject.contains("调增");
        }
    }

    /** A share, with the whole it names (null for 占比 X% and 占 X%). */
    record Share(BigDecimal value, int start, int end, String whole) {
    }

    private NarrativeFigures() {
    }

    static List<Amount> amounts(String text) {
        List<Amount> amounts = new ArrayList<>();
        Matcher matcher = AMOUNT.matcher(text);
        while (matcher.find()) {
            BigDecimal value = Figure.parse(matcher.group(1) + (matcher.group(2) == null ? "" : matcher.group(2)));
            amounts.add(new Amount(value, matcher.start(), matcher.end(), subject(text, matcher.start()),
                    bracketed(text, matcher.start())));
        }
        return amounts;
    }

    static List<Share> shares(String text) {
        List<Share> shares = new ArrayList<>();
        Matcher matcher = SHARE.matcher(text);
        while (matcher.find()) {
            String whole = matcher.group(1) == null ? null : matcher.group(1).strip();
            shares.add(new Share(new BigDecimal(matcher.group(2)), matcher.start(), matcher.end(), whole));
        }
        return shares;
    }

    /** The words before an amount back to the previous clause mark; "收、支总计" keeps its 、. */
    static String subject(String text, int end) {
        int start = end;
        while (start > 0) {
            char c = text.charAt(start - 1);
            if ((c == '）' || c == ')') && start >= 3 && text.substring(start - 3, start).matches("[（(][类款项][)）]")) {
                // 公共安全（类）支出: the classification marks belong to the subject.
                start -= 3;
                continue;
            }
            boolean listMark = c == '、' && !(start >= 2 && text.charAt(start - 2) == '收');
            if (CLAUSE_MARKS.indexOf(c) >= 0 || listMark) {
                break;
            }
            start--;
        }
        String subject = text.substring(start, end).replace("收、支", "收支").replaceAll("\\s", "");
        subject = subject.replaceFirst("^(其中|另外|包括)", "");
        return subject.replaceFirst("(为|是|共计|共)$", "");
    }

    static boolean bracketed(String text, int offset) {
        int depth = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /**
     * A subject reduced to what names the figure: no year, no 一般公共预算/财政拨款 qualifiers, no
     * 总额/总计/数 endings, no quotes or （类）: "2023年度政府采购支出总额" and "政府采购支出总额" are one whole, and so
     * are "年初预算总计" and "年初预算总额" (a sentence states the one and shares of the other).
     */
    static String key(String subject) {
        String key = YEAR.matcher(subject).replaceFirst("");
        key = key.replaceAll("[“”\"‘’]", "").replaceAll("[（(][类款项][)）]", "");
        key = key.replace("一般公共预算", "").replace("财政拨款", "").replace("支出决算", "支出");
        key = key.replaceFirst("(总额|总数|总计|数)$", "");
        return key.replaceFirst("的$", "");
    }

    static boolean sameWhole(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.equals(b) || (Math.min(a.length(), b.length()) >= 4 && (a.endsWith(b) || b.endsWith(a)));
    }
}
