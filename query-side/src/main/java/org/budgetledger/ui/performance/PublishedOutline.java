package org.budgetledger.ui.performance;

import java.util.List;

/**
 * The structure of a published 部门（单位）整体支出绩效自评 (as the Yanling brigade's 2023 report is laid out),
 * each part marked with where its text comes from: the ledger writes only what it can compute (the budget
 * part, the scores), a person writes the rest. Shown beside the generated text so that nobody takes the
 * generated part for the whole report, nor types figures into the parts a person writes.
 */
final class PublishedOutline {

    /** Where a part's text comes from. */
    enum Source {
        LEDGER("账簿生成"), TARGETS("取自绩效目标"), PERSON("人工撰写");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** One part of the report: its heading, where its text comes from, and what that is here. */
    record Part(String heading, Source source, String note) {

        public String sourceLabel() {
            return source.label();
        }

        public String sourceKey() {
            return source.name();
        }
    }

    static final List<Part> PARTS = List.of(
            new Part("一、基本情况：（一）部门（单位）基本情况（职能、机构）", Source.PERSON, "部门职责与机构设置"),
            new Part("一、基本情况：（二）年度整体支出绩效目标", Source.TARGETS, "整体支出绩效目标的“年度总体目标”"),
            new Part("二、一般公共预算支出情况（年初预算、决算按类及占比，基本支出、项目支出）", Source.LEDGER, "左侧“预算执行情况”"),
            new Part("三、政府性基金预算支出情况", Source.PERSON, "数字见决算报表07"),
            new Part("四、国有资本经营预算支出情况", Source.PERSON, "数字见决算报表08"),
            new Part("五、社会保险基金预算支出情况", Source.PERSON, "本账簿不记录社会保险基金"),
            new Part("六、部门整体支出绩效情况", Source.PERSON, "各指标完成情况见上方自评表"),
            new Part("七、存在的问题及原因分析", Source.PERSON, "可参考自评表的偏差原因"),
            new Part("八、下一步改进措施", Source.PERSON, ""),
            new Part("九、绩效自评结果及其他需要说明的情况", Source.LEDGER, "自评表的总分与评价等级"));

    private PublishedOutline() {
    }
}
