package org.budgetledger.events;

/** Non-fiscal revenue types booked on {@code UNIT_FUNDS} lines (the columns of table 02). */
public enum RevenueType {
    /** 上级补助收入. */
    HIGHER_LEVEL_SUBSIDY,
    /** 事业收入. */
    BUSINESS,
    /** 经营收入. */
    OPERATING,
    /** 附属单位上缴收入. */
    AFFILIATED_REMITTANCE,
    /** 其他收入. */
    OTHER
}
