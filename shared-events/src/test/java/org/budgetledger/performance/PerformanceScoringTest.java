package org.budgetledger.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scoring of the domain page, at and around every threshold, in exact decimals. */
class PerformanceScoringTest {

    private static PerformanceIndicator indicator(Comparator comparator, String target, String weight) {
        return new PerformanceIndicator("I-1", IndicatorLevel1.OUTPUT, IndicatorLevel2.QUANTITY, "指标", comparator, target, "个",
                weight);
    }

    private static String score(Comparator comparator, String target, String weight, String actual) {
        return PerformanceScoring.quantitative(indicator(comparator, target, weight), new BigDecimal(actual)).points().toPlainString();
    }

    @ParameterizedTest(name = ">= {0} of target 300, weight 20 → {1}")
    @CsvSource({"300, 20.00", "301, 20.00", "299, 19.93", "150, 10.00", "0, 0.00", "345, 20.00", "299.99, 20.00"})
    void atLeastIsFullAtOrAboveTheTargetAndProportionalBelow(String actual, String expected) {
        // 299.99 / 300 × 20 = 19.9993…, which rounds half-up to 20.00 though the target is missed.
        assertThat(score(Comparator.AT_LEAST, "300", "20", actual)).isEqualTo(expected);
    }

    @Test
    void aMissedAtLeastTargetIsMissedEvenWhenItRoundsToFull() {
        IndicatorScore score = PerformanceScoring.quantitative(indicator(Comparator.AT_LEAST, "300", "20"), new BigDecimal("299.99"));
        assertThat(score.missed()).isTrue();
        assertThat(score.rule()).contains("实际值 / 目标值");
        assertThat(PerformanceScoring.quantitative(indicator(Comparator.AT_LEAST, "300", "20"), new BigDecimal("300")).missed()).isFalse();
    }

    @ParameterizedTest(name = "<= {0} of target 10, weight 15 → {1}")
    @CsvSource({"9, 15.00", "10, 15.00", "11, 13.50", "15, 7.50", "19.99, 0.02", "20, 0.00", "35, 0.00", "10.01, 14.99"})
    void atMostIsFullUpToTheTargetFallsToZeroAtTwiceIt(String actual, String expected) {
        assertThat(score(Comparator.AT_MOST, "10", "15", actual)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "= {0} of target 100, weight 10 → {1}")
    @CsvSource({"100, 10.00", "99, 9.90", "101, 10.00", "50, 5.00"})
    void equalIsFullOnTheTargetAndOtherwiseScoredAsAtLeast(String actual, String expected) {
        assertThat(score(Comparator.EQUAL, "100", "10", actual)).isEqualTo(expected);
    }

    @Test
    void equalToATargetOfZeroIsFullWhenTheActualIsNotAboveIt() {
        assertThat(score(Comparator.EQUAL, "0", "10", "0")).isEqualTo("10.00");
        assertThat(score(Comparator.EQUAL, "0", "10", "-1")).isEqualTo("10.00");
        assertThat(score(Comparator.EQUAL, "0", "10", "1")).isEqualTo("0.00");
    }

    @ParameterizedTest(name = "{0} at {1} % of weight 10 → {2}")
    @CsvSource({"ACHIEVED, 100, 10.00", "ACHIEVED, 80, 8.00", "PARTLY, 80, 8.00", "PARTLY, 60, 6.00", "PARTLY, 70.5, 7.05",
            "NOT_ACHIEVED, 60, 6.00", "NOT_ACHIEVED, 0, 0.00"})
    void qualitativeScoresTheEvaluatorsPercentageInsideItsBand(QualitativeGrade grade, String pct, String expected) {
        IndicatorScore score = PerformanceScoring.qualitative(indicator(Comparator.QUALITATIVE, null, "10"), grade, new BigDecimal(pct));
        assertThat(score.points().toPlainString()).isEqualTo(expected);
        assertThat(score.missed()).isEqualTo(grade != QualitativeGrade.ACHIEVED);
    }

    @Test
    void aPercentageOutsideItsGradesBandIsRefused() {
        PerformanceIndicator qualitative = indicator(Comparator.QUALITATIVE, null, "10");
        assertThatThrownBy(() -> PerformanceScoring.qualitative(qualitative, QualitativeGrade.ACHIEVED, new BigDecimal("79.99")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PerformanceScoring.qualitative(qualitative, QualitativeGrade.PARTLY, new BigDecimal("80.01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(QualitativeGrade.NOT_ACHIEVED.admits(new BigDecimal("60.01"))).isFalse();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"100, 优", "90.00, 优", "89.99, 良", "80.00, 良", "79.99, 中", "60.00, 中", "59.99, 差", "0, 差"})
    void gradesChangeExactlyAtTheirBoundaries(String total, String grade) {
        assertThat(PerformanceScoring.grade(new BigDecimal(total))).isEqualTo(grade);
    }

    @ParameterizedTest(name = "spent {0} of budget {1} fen → {2}")
    @CsvSource({"34240000, 40000000, 8.56", "40000000, 40000000, 10.00", "45000000, 40000000, 10.00", "0, 40000000, 0.00",
            "0, 0, 0.00", "58969000, 59000000, 9.99", "1, 3, 3.33"})
    void budgetExecutionScoresTenTimesTheRateCappedAtOne(long spent, long budget, String expected) {
        assertThat(PerformanceScoring.budgetScore(spent, budget).toPlainString()).isEqualTo(expected);
    }
}
