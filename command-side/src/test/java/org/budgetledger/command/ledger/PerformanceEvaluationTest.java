package org.budgetledger.command.ledger;

import static org.budgetledger.command.ledger.LedgerFixtures.BY;
import static org.budgetledger.command.ledger.LedgerFixtures.LEDGER;
import static org.budgetledger.command.ledger.LedgerFixtures.PROJECT;
import static org.budgetledger.command.ledger.LedgerFixtures.appropriate;
import static org.budgetledger.command.ledger.LedgerFixtures.close;
import static org.budgetledger.command.ledger.LedgerFixtures.invalidField;
import static org.budgetledger.command.ledger.LedgerFixtures.newFixture;
import static org.budgetledger.command.ledger.LedgerFixtures.opened;
import static org.budgetledger.command.ledger.LedgerFixtures.rejectedWith;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.budgetledger.command.ledger.Commands.RecordPerformanceResult;
import org.budgetledger.command.ledger.Commands.SetPerformanceTargets;
import org.budgetledger.events.Disposition;
import org.budgetledger.events.PerformanceResultRecorded;
import org.budgetledger.events.PerformanceTargetsSet;
import org.budgetledger.performance.Comparator;
import org.budgetledger.performance.IndicatorLevel1;
import org.budgetledger.performance.IndicatorLevel2;
import org.budgetledger.performance.PerformanceIndicator;
import org.budgetledger.performance.QualitativeGrade;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.Test;

/** Performance targets and results (绩效目标 / 实际完成值) as entries of the ledger. */
class PerformanceEvaluationTest {

    private final AggregateTestFixture<Ledger> fixture = newFixture();

    private static final LocalDate SET_ON = LocalDate.of(2023, 1, 20);
    private static final LocalDate EVALUATED_ON = LocalDate.of(2024, 2, 10);
    private static final List<PerformanceIndicator> INDICATORS = List.of(
            new PerformanceIndicator("OUT-1", IndicatorLevel1.OUTPUT, IndicatorLevel2.QUANTITY, "新建更新交通标志标牌", Comparator.AT_LEAST,
                    "300", "套", "40"),
            new PerformanceIndicator("EFF-1", IndicatorLevel1.EFFECT, IndicatorLevel2.SOCIAL, "道路通行能力", Comparator.QUALITATIVE,
                    null, null, "30"),
            new PerformanceIndicator("SAT-1", IndicatorLevel1.SATISFACTION, IndicatorLevel2.SATISFACTION, "群众满意度",
                    Comparator.AT_LEAST, "90", "%", "20"));

    private static SetPerformanceTargets targets(String requestId, String projectCode) {
        return new SetPerformanceTargets(LEDGER, requestId, BY, projectCode, "确保交通设施科学规范", INDICATORS, "株财绩〔2023〕5号", SET_ON);
    }

    private static RecordPerformanceResult result(String requestId, String code, String actual, String reason) {
        return new RecordPerformanceResult(LEDGER, requestId, "zzjj-clerk", "P01", code, actual, null, null, reason, "验收单",
                EVALUATED_ON);
    }

    @Test
    void targetsOfAProjectOfTheLedgerAreRecorded() {
        SetPerformanceTargets command = targets("pt-1", "P01");
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", PROJECT, "1000.00"))
                .when(command)
                .expectEvents(new PerformanceTargetsSet(LEDGER, "P01", "确保交通设施科学规范", INDICATORS, "株财绩〔2023〕5号", SET_ON,
                        "pt-1", RequestFingerprint.of(command), BY, fixture.currentTime()));
    }

    @Test
    void targetsOfAnUnknownProjectAreRefused() {
        newFixture().given(opened())
                .when(targets("pt-1", "P09"))
                .expectException(invalidField("scope.projectCode"))
                .expectNoEvents();
    }

    @Test
    void theUnitsTargetsNeedNoProject() {
        newFixture().given(opened())
                .when(targets("pt-1", null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void targetsAreSetInTheYearAndOnAnOpenLedger() {
        newFixture().given(opened())
                .when(new SetPerformanceTargets(LEDGER, "pt-1", BY, null, "目标", INDICATORS, null, LocalDate.of(2024, 1, 2)))
                .expectException(rejectedWith(ErrorCode.DATE_OUTSIDE_FISCAL_YEAR))
                .expectNoEvents();
        newFixture().given(opened())
                .andGivenCommands(close("close", LocalDate.of(2023, 12, 31), Disposition.RECOVER))
                .when(targets("pt-1", null))
                .expectException(rejectedWith(ErrorCode.LEDGER_CLOSED))
                .expectNoEvents();
    }

    @Test
    void aResultThatMeetsItsTargetNeedsNoReason() {
        RecordPerformanceResult command = result("r-1", "OUT-1", "345", null);
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", PROJECT, "1000.00"), targets("pt-1", "P01"))
                .when(command)
                .expectEvents(new PerformanceResultRecorded(LEDGER, "P01", "OUT-1", "345", null, null, null, "验收单", EVALUATED_ON,
                        "r-1", RequestFingerprint.of(command), "zzjj-clerk",
                        fixture.currentTime()));
    }

    @Test
    void aMissedTargetWithoutADeviationReasonIsRefused() {
        newFixture().given(opened())
                .andGivenCommands(appropriate("app-1", PROJECT, "1000.00"), targets("pt-1", "P01"))
                .when(result("r-1", "OUT-1", "299", null))
                .expectException(invalidField("deviationReason"))
                .expectNoEvents();
        newFixture().given(opened())
                .andGivenCommands(appropriate("app-1", PROJECT, "1000.00"), targets("pt-1", "P01"))
                .when(result("r-1", "OUT-1", "299", "新增道路标牌未纳入合同"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aQualitativeResultNeedsItsGradeAndAPercentageInItsBand() {
        newFixture().given(opened())
                .andGivenCommands(appropriate("app-1", PROJECT, "1000.00"), targets("pt-1", "P01"))
                .when(new RecordPerformanceResult(LEDGER, "r-1", BY, "P01", "EFF-1", null, QualitativeGrade.ACHIEVED, "79", null, null,
                        EVALUATED_ON))
                .expectException(invalidField("scorePct"))
                .expectNoEvents();
        newFixture().given(opened())
                .andGivenCommands(appropriate("app-1", PROJECT, "1000.00"), targets("pt-1", "P01"))
                .when(new RecordPerformanceResult(LEDGER, "r-1", BY, "P01", "EFF-1", null, QualitativeGrade.PARTLY, "70", null, null,
                        EVALUATED_ON))
                .expectException(invalidField("deviationReason"))
                .expectNoEvents();
        newFixture().given(opened())
                .andGivenCommands(appropriate("app-1", PROJECT, "1000.00"), targets("pt-1", "P01"))
                .when(new RecordPerformanceResult(LEDGER, "r-1", BY, "P01", "OUT-1", null, null, null, null, null, EVALUATED_ON))
                .expectException(invalidField("actual"))
                .expectNoEvents();
    }

    @Test
    void aResultNamesAnIndicatorOfTheScopesTargets() {
        newFixture().given(opened())
                .andGivenCommands(appropriate("app-1", PROJECT, "1000.00"), targets("pt-1", "P01"))
                .when(result("r-1", "OUT-9", "1", null))
                .expectException(invalidField("indicatorCode"))
                .expectNoEvents();
        newFixture().given(opened())
                .andGivenCommands(appropriate("app-1", PROJECT, "1000.00"))
                .when(result("r-1", "OUT-1", "1", null))
                .expectException(invalidField("scope"))
                .expectNoEvents();
    }

    @Test
    void resultsAreAcceptedAfterTheCloseUntilTheEndOfMarch() {
        newFixture().given(opened())
                .andGivenCommands(appropriate("app-1", PROJECT, "1000.00"), targets("pt-1", "P01"),
                        close("close", LocalDate.of(2024, 1, 31), Disposition.RECOVER))
                .when(result("r-1", "OUT-1", "345", null))
                .expectSuccessfulHandlerExecution();
        newFixture().given(opened())
                .andGivenCommands(appropriate("app-1", PROJECT, "1000.00"), targets("pt-1", "P01"))
                .when(new RecordPerformanceResult(LEDGER, "r-1", BY, "P01", "OUT-1", "345", null, null, null, null,
                        LocalDate.of(2024, 4, 1)))
                .expectException(rejectedWith(ErrorCode.DATE_OUTSIDE_FISCAL_YEAR))
                .expectNoEvents();
    }
}
