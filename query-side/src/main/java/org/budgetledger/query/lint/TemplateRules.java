package org.budgetledger.query.lint;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text of the template that should not be in a published report: placeholders nobody filled in, the
 * template's instructions to the writer, and figures of a year-end report that stop before year end.
 */
final class TemplateRules {

    private static final Pattern PLACEHOLDER = Pattern.compile("××|[Xx]{2}\\s*年|【[^】]*】|□|＿{2,}|_{3,}");
    private static final Pattern INSTRUCTION = Pattern.compile(
            "总结归纳|主要反映|填报[^。]{0,20}(表|内容)|要分别总结|有\\d+个及以上|做到内容完整|请(填写|说明|根据)");
    private static final Pattern INTERIM = Pattern.compile("截[止至]\\s*(?:(\\d{4})\\s*年)?\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日|截[止至]目前");

    private final Findings findings;

    TemplateRules(Findings findings) {
        this.findings = findings;
    }

    void check(List<String> lines, boolean yearEndReport) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher placeholder = PLACEHOLDER.matcher(line);
            if (placeholder.find()) {
                findings.add(LintRule.TEMPLATE_PLACEHOLDER, Severity.ERROR, "模板占位符“" + placeholder.group() + "”未替换为实际内容",
                        placeholder.group(), null, i + 1, Excerpts.around(line, placeholder.start(), placeholder.end()));
            } else {
                Matcher instruction = INSTRUCTION.matcher(line);
                if (instruction.find()) {
                    findings.add(LintRule.TEMPLATE_INSTRUCTION, Severity.WARNING, "疑似保留了模板的填写说明（“" + instruction.group()
                            + "…”），应替换为本单位的实际情况", instruction.group(), null, i + 1,
                            Excerpts.around(line, instruction.start(), instruction.end()));
                }
            }
            Matcher interim = INTERIM.matcher(line);
            while (yearEndReport && interim.find()) {
                boolean yearEnd = interim.group(2) != null && interim.group(2).equals("12") && interim.group(3).equals("31");
                if (!yearEnd) {
                    findings.add(LintRule.TEMPLATE_INTERIM_DATE, Severity.WARNING, "年度报告中的数字截至“" + interim.group()
                            + "”，不是全年数", interim.group(), "12月31日", i + 1, Excerpts.around(line, interim.start(), interim.end()));
                }
            }
        }
    }
}
