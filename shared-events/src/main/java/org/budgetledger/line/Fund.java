package org.budgetledger.line;

/** 资金性质: the source of the money held on a budget line. */
public enum Fund {
    /** 一般公共预算财政拨款. */
    GENERAL_BUDGET("一般公共预算财政拨款"),
    /** 政府性基金预算财政拨款. */
    GOVERNMENT_FUND("政府性基金预算财政拨款"),
    /** 国有资本经营预算财政拨款. */
    STATE_CAPITAL("国有资本经营预算财政拨款"),
    /** 单位资金: all money that is not a fiscal appropriation. */
    UNIT_FUNDS("单位资金");

    private final String label;

    Fund(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Fiscal funds are appropriated by the finance bureau and can be cut or recovered. */
    public boolean isFiscal() {
        return this != UNIT_FUNDS;
    }
}
