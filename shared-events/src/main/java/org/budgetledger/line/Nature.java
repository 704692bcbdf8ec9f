package org.budgetledger.line;

/** Whether a line funds the unit's running costs or a project. */
public enum Nature {
    /** 基本支出. */
    BASIC,
    /** 项目支出: requires a project code and name. */
    PROJECT
}
