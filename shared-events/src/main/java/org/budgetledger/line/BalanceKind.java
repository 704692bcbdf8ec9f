package org.budgetledger.line;

/** The kinds of balance carried between fiscal years (年初/年末结转和结余). */
public enum BalanceKind {
    /** 基本支出结转: the unspent balance of a basic line. */
    BASIC_CARRY_OVER,
    /** 项目支出结转: the unspent balance of a project still under way. */
    PROJECT_CARRY_OVER,
    /** 项目支出结余: the balance of a finished project, kept by the unit. */
    PROJECT_SURPLUS
}
