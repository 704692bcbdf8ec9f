package org.budgetledger.ui.forms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.budgetledger.platform.security.Action;
import org.budgetledger.publication.StatementKind;

/**
 * The entry forms: one per command a ledger takes, with the right its endpoint requires and the
 * fields it shows. A field's {@code name} is the name of the API's JSON field (line fields go
 * into {@code line}, counts into {@code statistics}; a transfer's two lines are named
 * {@code from.fund}, {@code to.fund} and so on), so that the form turns into the API's body.
 */
public enum EntryKind {
    APPROPRIATION("appropriation", "年初预算（批复指标）", Action.APPROVE,
            fields(lineFields(false), Field.amount("amount", "金额（元）"), Field.text("documentNo", "批复文号", true),
                    Field.date("effectiveDate", "生效日期"), Field.text("note", "备注", false))),
    ADJUSTMENT("adjustment", "年中追加 / 压减", Action.APPROVE,
            fields(lineFields(false), Field.select("direction", "方向", true, Options.DIRECTIONS), Field.amount("amount", "金额（元）"),
                    Field.text("reason", "原因", true), Field.text("documentNo", "文号", true), Field.date("effectiveDate", "生效日期"))),
    TRANSFER("transfer", "指标调剂", Action.APPROVE,
            fields(transferLineFields("from", "调出"), transferLineFields("to", "调入"), Field.amount("amount", "金额（元）"),
                    Field.text("reason", "调剂原因", true), Field.text("documentNo", "文号", true),
                    Field.date("effectiveDate", "生效日期"))),
    REVENUE("revenue", "单位资金收入", Action.RECORD,
            fields(lineFields(true), Field.select("revenueType", "收入类型", true, Options.REVENUE_TYPES),
                    Field.amount("amount", "金额（元）"), Field.date("effectiveDate", "生效日期"),
                    Field.text("voucherNo", "凭证号", true), Field.text("description", "摘要", false))),
    EXPENDITURE("expenditure", "支出", Action.RECORD, expenditureFields()),
    /** The same body as an expenditure: the amount is held (冻结) on the line until an APPROVER other than the requester decides. */
    PAYMENT_REQUEST("payment-request", "付款申请", Action.RECORD, expenditureFields()),
    REVERSAL("reversal", "冲销支出", Action.RECORD,
            fields(List.of(Field.text("voucherNo", "被冲销支出的凭证号", true), Field.text("reason", "冲销原因", true),
                    Field.date("effectiveDate", "生效日期")))),
    THREE_PUBLIC_BUDGET("three-public-budget", "“三公”经费控制数", Action.APPROVE,
            fields(List.of(Field.select("category", "类别", true, Options.CATEGORIES), Field.amount("amount", "控制数（元，可为0.00）"),
                    Field.text("documentNo", "文号", true), Field.date("effectiveDate", "生效日期")))),
    /** 会议费 and 培训费 limit spending on 30215 / 30216 like the 三公 budgets; 机关运行经费 is only compared in the 情况说明. */
    CONTROL_BUDGET("control-budget", "一般性支出预算（会议费、培训费、机关运行经费）", Action.APPROVE,
            fields(List.of(Field.select("category", "类别", true, Options.CONTROL_BUDGET_CATEGORIES),
                    Field.amount("amount", "预算数（元，可为0.00）"), Field.text("documentNo", "文号", true),
                    Field.date("effectiveDate", "生效日期")))),
    /** A statement of kind ASSETS (the body's {@code kind}); its figures are whole counts, an empty one is not stated. */
    ASSETS_STATEMENT("assets-statement", "情况说明事实：国有资产占用（车辆、大型设备）", Action.APPROVE,
            fields(statementFigures(PublicationNames.ASSET_FIGURES, true), Field.date("effectiveDate", "截至日期（一般为12月31日）"))),
    /** A statement of kind PRIOR_YEAR: the previous year's published totals, for a previous year the books do not hold. */
    PRIOR_YEAR_STATEMENT("prior-year-statement", "情况说明事实：上年决算数（上年不在账簿中时）", Action.APPROVE,
            fields(statementFigures(PublicationNames.PRIOR_YEAR_FIGURES, false), Field.date("effectiveDate", "填报日期"))),
    CLOSING("closing", "年终结账", Action.APPROVE,
            fields(List.of(Field.date("effectiveDate", "结账日期"),
                    Field.select("defaultDisposition", "默认处理方式", true, Options.DISPOSITIONS)))),
    NEXT_YEAR("next-year", "开设下一年度台账", Action.APPROVE,
            fields(List.of(Field.text("unitName", "单位名称", true))));

    private final String key;
    private final String title;
    private final Action action;
    private final List<Field> fields;

    EntryKind(String key, String title, Action action, List<Field> fields) {
        this.key = key;
        this.title = title;
        this.action = action;
        this.fields = fields;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public Action action() {
        return action;
    }

    public List<Field> fields() {
        return fields;
    }

    /** The path of the form under its ledger. */
    public String path(String unit, int year) {
        return "/ledgers/" + unit + "/" + year + (this == NEXT_YEAR ? "/next-year" : "/entries/" + key);
    }

    public static Optional<EntryKind> of(String key) {
        return Arrays.stream(values()).filter(kind -> kind != NEXT_YEAR && kind.key.equals(key)).findFirst();
    }

    private static List<Field> lineFields(boolean unitFunds) {
        return List.of(Field.select("fund", "资金性质", true, unitFunds ? Options.UNIT_FUND : Options.FUNDS).inGroup("line"),
                Field.function().inGroup("line"), Field.select("nature", "支出性质", true, Options.NATURES).inGroup("line"),
                Field.text("projectCode", "项目代码（项目支出）", false).inGroup("line"),
                Field.text("projectName", "项目名称（首次使用时填写）", false).inGroup("line"));
    }

    private static List<Field> expenditureFields() {
        return fields(lineFields(false), Field.economic(), Field.amount("amount", "金额（元）"), Field.date("effectiveDate", "生效日期"),
                Field.text("voucherNo", "凭证号", true), Field.text("payee", "收款人", false),
                Field.text("description", "摘要", false), Field.count("receptionBatches", "接待批次（仅30217）"),
                Field.count("receptionGuests", "接待人次（仅30217）"), Field.count("vehiclesPurchased", "公务用车购置数（仅31013）"),
                // the API's procurement object: sent only when one of them is chosen, and then it needs both
                Field.select("procurement.method", "政府采购：采购方式", false, Options.PROCUREMENT_METHODS)
                        .hinted("不属于政府采购时两项都不选"),
                Field.select("procurement.supplierSize", "政府采购：中标供应商规模", false, Options.SUPPLIER_SIZES));
    }

    /** One input per figure of a statement, named {@code figures.<NAME>} (the API's figures object), none required. */
    private static List<Field> statementFigures(java.util.Map<String, String> figures, boolean counts) {
        List<Field> fields = new ArrayList<>();
        figures.forEach((name, label) -> fields.add(counts ? Field.count("figures." + name, label)
                : Field.amount("figures." + name, label + "（元）").optional()));
        return fields;
    }

    /** The statement kind a statement form sends as the body's {@code kind}; null for the other forms. */
    public StatementKind statementKind() {
        return switch (this) {
            case ASSETS_STATEMENT -> StatementKind.ASSETS;
            case PRIOR_YEAR_STATEMENT -> StatementKind.PRIOR_YEAR;
            default -> null;
        };
    }

    /** The line fields of one side of a transfer, named {@code <side>.<field>} (the API's {@code from} or {@code to} object). */
    private static List<Field> transferLineFields(String side, String label) {
        return List.of(Field.select(side + ".fund", label + "指标：资金性质", true, Options.FUNDS),
                Field.function().named(side + ".functionCode", label + "指标：支出功能分类（项，7位）"),
                Field.select(side + ".nature", label + "指标：支出性质", true, Options.NATURES),
                Field.text(side + ".projectCode", label + "指标：项目代码（项目支出）", false),
                Field.text(side + ".projectName", label + "指标：项目名称（新项目时填写）", false));
    }

    @SafeVarargs
    private static List<Field> fields(Object... parts) {
        List<Field> all = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Field field) {
                all.add(field);
            } else if (part instanceof List<?> list) {
                list.forEach(item -> all.add((Field) item));
            }
        }
        return List.copyOf(all);
    }
}
