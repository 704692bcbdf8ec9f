package org.budgetledger.ui.forms;

import java.util.Arrays;
import java.util.List;
import org.budgetledger.events.Disposition;
import org.budgetledger.events.ThreePublicCategory;
import org.budgetledger.line.Fund;
import org.budgetledger.publication.ControlBudgetCategory;
import org.budgetledger.publication.ProcurementMethod;
import org.budgetledger.publication.SupplierSize;

/** The choices of the forms' selects: the contract's value and its Chinese name. */
public final class Options {

    /** A choice: the value sent and what the user reads. */
    public record Option(String value, String label) {
    }

    static final List<Option> FUNDS = Arrays.stream(Fund.values()).map(fund -> new Option(fund.name(), fund.label())).toList();
    static final List<Option> UNIT_FUND = List.of(new Option(Fund.UNIT_FUNDS.name(), Fund.UNIT_FUNDS.label()));
    static final List<Option> NATURES = List.of(new Option("BASIC", "基本支出"), new Option("PROJECT", "项目支出"));
    static final List<Option> DIRECTIONS = List.of(new Option("INCREASE", "追加"), new Option("DECREASE", "压减"));
    static final List<Option> REVENUE_TYPES = List.of(new Option("HIGHER_LEVEL_SUBSIDY", "上级补助收入"),
            new Option("BUSINESS", "事业收入"), new Option("OPERATING", "经营收入"),
            new Option("AFFILIATED_REMITTANCE", "附属单位上缴收入"), new Option("OTHER", "其他收入"));
    static final List<Option> CATEGORIES = Arrays.stream(ThreePublicCategory.values())
            .map(category -> new Option(category.name(), category.label() + "（" + category.economicCode() + "）")).toList();
    static final List<Option> DISPOSITIONS = Arrays.stream(Disposition.values()).map(disposition -> new Option(disposition.name(),
            switch (disposition) {
                case CARRY_FORWARD -> "结转下年";
                case SURPLUS -> "作为结余";
                case RECOVER -> "收回";
            })).toList();

    static final List<Option> PROCUREMENT_METHODS = Arrays.stream(ProcurementMethod.values())
            .map(method -> new Option(method.name(), method.label())).toList();
    static final List<Option> SUPPLIER_SIZES = Arrays.stream(SupplierSize.values())
            .map(size -> new Option(size.name(), PublicationNames.supplierSize(size))).toList();
    static final List<Option> CONTROL_BUDGET_CATEGORIES = Arrays.stream(ControlBudgetCategory.values())
            .map(category -> new Option(category.name(), category.label()
                    + (category.enforced() ? "（" + category.economicCode() + "，控制数）" : "（公用经费，仅公开比较）"))).toList();

    private Options() {
    }
}
