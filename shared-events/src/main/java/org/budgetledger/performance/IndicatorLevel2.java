package org.budgetledger.performance;

/** 二级指标, each under its one 一级指标. The names are stored in events: never rename one. */
public enum IndicatorLevel2 {
    QUANTITY(IndicatorLevel1.OUTPUT, "数量指标"),
    QUALITY(IndicatorLevel1.OUTPUT, "质量指标"),
    TIMELINESS(IndicatorLevel1.OUTPUT, "时效指标"),
    COST(IndicatorLevel1.OUTPUT, "成本指标"),
    ECONOMIC(IndicatorLevel1.EFFECT, "经济效益指标"),
    SOCIAL(IndicatorLevel1.EFFECT, "社会效益指标"),
    ECOLOGICAL(IndicatorLevel1.EFFECT, "生态效益指标"),
    SUSTAINABLE(IndicatorLevel1.EFFECT, "可持续影响指标"),
    SATISFACTION(IndicatorLevel1.SATISFACTION, "服务对象满意度指标");

    private final IndicatorLevel1 level1;
    private final String label;

    IndicatorLevel2(IndicatorLevel1 level1, String label) {
        this.level1 = level1;
        this.label = label;
    }

    /** The 一级指标 this one belongs to. */
    public IndicatorLevel1 level1() {
        return level1;
    }

    public String label() {
        return label;
    }
}
