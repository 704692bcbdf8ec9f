package org.budgetledger.publication;

/** The three kinds of government procurement the 政府采购支出 section reports. */
public enum ProcurementMethod {
    /** 货物. */
    GOODS("货物"),
    /** 工程. */
    WORKS("工程"),
    /** 服务. */
    SERVICES("服务");

    private final String label;

    ProcurementMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
