package org.budgetledger.ui.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.publication.ControlBudgetCategory;
import org.budgetledger.publication.Procurement;
import org.budgetledger.publication.StatementKind;
import org.budgetledger.publication.SupplierSize;

/**
 * The Chinese names of the facts of the 情况说明 that the books lack (procurement, 一般性支出
 * budgets, statements), as the forms offer them and the history shows them: one place, so that
 * what a user typed in is what they read back.
 */
public final class PublicationNames {

    /** The figures of a statement of assets, in the order of the 国有资产占用情况 section. */
    static final Map<String, String> ASSET_FIGURES = names(
            "EMERGENCY", "应急保障用车（辆）",
            "LAW_ENFORCEMENT", "执法执勤用车（辆）",
            "SPECIAL_TECHNICAL", "特种专业技术用车（辆）",
            "OTHER", "其他用车（辆）",
            "GENERAL_EQUIPMENT_OVER_500K", "单价50万元以上通用设备（台/套）",
            "SPECIAL_EQUIPMENT_OVER_1M", "单价100万元以上专用设备（台/套）");

    /** The previous year's published totals, as the 情况说明 names them. */
    static final Map<String, String> PRIOR_YEAR_FIGURES = names(
            "TOTAL", "收支总计",
            "FISCAL_TOTAL", "财政拨款收支总计",
            "GENERAL_BUDGET_SPENT", "一般公共预算财政拨款支出",
            "OVERSEAS_TRAVEL", "因公出国（境）费",
            "VEHICLE_PURCHASE", "公务用车购置费",
            "VEHICLE_OPERATION", "公务用车运行维护费",
            "RECEPTION", "公务接待费",
            "OPERATING_COSTS", "机关运行经费");

    private PublicationNames() {
    }

    public static String supplierSize(SupplierSize size) {
        return switch (size) {
            case SMALL_MICRO -> "小微企业";
            case MEDIUM -> "中型企业";
            case LARGE -> "大型企业";
        };
    }

    /** 政府采购：货物，小微企业. */
    public static String procurement(Procurement procurement) {
        return "政府采购：" + (procurement.method() == null ? "" : procurement.method().label())
                + (procurement.supplierSize() == null ? "" : "，" + supplierSize(procurement.supplierSize()));
    }

    /** Short, for the history's type column. */
    public static String statementKind(StatementKind kind) {
        return switch (kind) {
            case ASSETS -> "车辆和大型设备";
            case PRIOR_YEAR -> "上年决算数";
        };
    }

    /** The figure names of a statement of the kind, in the order its form and the history show them. */
    public static List<String> figureNames(StatementKind kind) {
        return List.copyOf((kind == StatementKind.ASSETS ? ASSET_FIGURES : PRIOR_YEAR_FIGURES).keySet());
    }

    /** A statement's figure by its Chinese name, without the unit in brackets; an unknown name as it is. */
    public static String figure(StatementKind kind, String name) {
        String label = (kind == StatementKind.ASSETS ? ASSET_FIGURES : PRIOR_YEAR_FIGURES).get(name);
        return label == null ? name : label.replaceFirst("（[辆台/套]+）$", "");
    }

    /** The Chinese name of a control budget's category, or of a statement's kind; a name it does not know as it is. */
    public static String categoryOrKind(String name) {
        for (ControlBudgetCategory category : ControlBudgetCategory.values()) {
            if (category.name().equals(name)) {
                return category.label();
            }
        }
        for (StatementKind kind : StatementKind.values()) {
            if (kind.name().equals(name)) {
                return statementKind(kind);
            }
        }
        return name;
    }

    private static Map<String, String> names(String... pairs) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            names.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(names);
    }
}
