package org.budgetledger.query.lint;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An identity between the columns of one row: {@code result = Σ plus − Σ minus}. The same
 * identities decide how a row's figures are put back in their columns and are then checked as rules.
 */
record RowIdentity(LintRule rule, String result, List<String> plus, List<String> minus) {

    static final Map<String, String> LABELS = labels();

    BigDecimal expected(Function<String, BigDecimal> value) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String column : plus) {
            sum = sum.add(value.apply(column));
        }
        for (String column : minus) {
            sum = sum.subtract(value.apply(column));
        }
        return sum;
    }

    String describe() {
        StringBuilder text = new StringBuilder(LABELS.getOrDefault(result, result)).append(" = ");
        for (int i = 0; i < plus.size(); i++) {
            text.append(i == 0 ? "" : " + ").append(LABELS.getOrDefault(plus.get(i), plus.get(i)));
        }
        minus.forEach(column -> text.append(" − ").append(LABELS.getOrDefault(column, column)));
        return text.toString();
    }

    /** The identities of one row of a table by function code. */
    static List<RowIdentity> of(TableKind kind) {
        return switch (kind) {
            case T02 -> List.of(sum("total", "fiscal", "higherLevelSubsidy", "business", "operating", "affiliatedRemittance",
                    "other"));
            case T03 -> List.of(sum("total", "basic", "project", "remittanceToHigherLevel", "operating", "subsidyToAffiliates"));
            case T05, T07, T08 -> List.of(
                    sum("openingTotal", "openingBasic", "openingProject"),
                    sum("incomeTotal", "incomeBasic", "incomeProject"),
                    sum("expenditureTotal", "expenditureBasic", "expenditureProject"),
                    sum("closingTotal", "closingBasic", "closingProjectCarryOver", "closingProjectSurplus"),
                    new RowIdentity(LintRule.TABLE_BALANCE, "closingTotal", List.of("openingTotal", "incomeTotal"),
                            List.of("expenditureTotal")),
                    new RowIdentity(LintRule.TABLE_BALANCE, "closingBasic", List.of("openingBasic", "incomeBasic"),
                            List.of("expenditureBasic")),
                    new RowIdentity(LintRule.TABLE_BALANCE, "closingProject", List.of("openingProject", "incomeProject"),
                            List.of("expenditureProject")));
            default -> List.of();
        };
    }

    private static RowIdentity sum(String result, String... parts) {
        return new RowIdentity(LintRule.TABLE_ROW_SUM, result, List.of(parts), List.of());
    }

    /** A row's value of a column, with the one derived column of the fund tables (项目支出 结转 + 结余). */
    static BigDecimal value(Map<String, BigDecimal> cells, String column) {
        if (column.equals("closingProject")) {
            return value(cells, "closingProjectCarryOver").add(value(cells, "closingProjectSurplus"));
        }
        BigDecimal value = cells.get(column);
        return value == null ? BigDecimal.ZERO : value;
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("total", "合计");
        labels.put("fiscal", "财政拨款收入");
        labels.put("higherLevelSubsidy", "上级补助收入");
        labels.put("business", "事业收入");
        labels.put("operating", "经营收入/经营支出");
        labels.put("affiliatedRemittance", "附属单位上缴收入");
        labels.put("other", "其他收入");
        labels.put("basic", "基本支出");
        labels.put("project", "项目支出");
        labels.put("remittanceToHigherLevel", "上缴上级支出");
        labels.put("subsidyToAffiliates", "对附属单位补助支出");
        labels.put("generalBudget", "一般公共预算财政拨款");
        labels.put("governmentFund", "政府性基金预算财政拨款");
        labels.put("stateCapital", "国有资本经营预算财政拨款");
        labels.put("amount", "金额");
        labels.put("openingTotal", "年初结转和结余合计");
        labels.put("openingBasic", "年初基本支出结转");
        labels.put("openingProject", "年初项目支出结转和结余");
        labels.put("incomeTotal", "本年收入合计");
        labels.put("incomeBasic", "本年收入基本支出");
        labels.put("incomeProject", "本年收入项目支出");
        labels.put("expenditureTotal", "本年支出合计");
        labels.put("expenditureBasic", "本年支出基本支出");
        labels.put("expenditureProject", "本年支出项目支出");
        labels.put("closingTotal", "年末结转和结余合计");
        labels.put("closingBasic", "年末基本支出结转");
        labels.put("closingProjectCarryOver", "年末项目支出结转");
        labels.put("closingProjectSurplus", "年末项目支出结余");
        labels.put("closingProject", "年末项目支出结转和结余");
        return labels;
    }
}
