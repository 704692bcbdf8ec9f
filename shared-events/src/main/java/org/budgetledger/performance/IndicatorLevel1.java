package org.budgetledger.performance;

/** 一级指标 of a performance target. The names are stored in events: never rename one. */
public enum IndicatorLevel1 {
    OUTPUT("产出指标"),
    EFFECT("效益指标"),
    SATISFACTION("满意度指标");

    private final String label;

    IndicatorLevel1(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
