package org.budgetledger.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.command.Requests.appropriation;
import static org.budgetledger.command.Requests.expenditure;
import static org.budgetledger.command.Requests.generalBasicLine;
import static org.budgetledger.command.Requests.with;

import org.budgetledger.command.Answer;
import org.budgetledger.command.CommandSideHttpTest;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.Test;

/** Repeating a request over HTTP: same request id and content is answered again, other content is a conflict. */
class IdempotencyHttpTest extends CommandSideHttpTest {

    @Test
    void aRepeatedRequestIsAnsweredWithItsOriginalSequenceAndRecordsNothing() {
        String unit = newUnit("IDEM");
        String ledger = unit + "/2023";
        open2023WithBasicBudget(unit, "500.00");
        Answer original = accepted(api.command(unit, 2023, "expenditures",
                expenditure("exp-1", generalBasicLine(), "30201", "120.00", "V-1")));
        accepted(api.command(unit, 2023, "expenditures", expenditure("exp-2", generalBasicLine(), "30201", "30.00", "V-2")));
        long before = events.count(ledger);

        Answer repeat = accepted(api.command(unit, 2023, "expenditures",
                expenditure("exp-1", generalBasicLine(), "30201", "120.00", "V-1")));

        assertThat(repeat.text("requestId")).isEqualTo("exp-1");
        assertThat(repeat.text("ledger")).isEqualTo(ledger);
        assertThat(repeat.duplicate()).isTrue();
        assertThat(repeat.sequence()).isEqualTo(original.sequence()).isEqualTo(3);
        assertThat(repeat.line("budget")).isEqualTo("500.00");
        assertThat(events.count(ledger)).isEqualTo(before);
    }

    @Test
    void theSameAmountWrittenAnotherWayIsTheSameRequest() {
        String unit = newUnit("IDEM");
        open2023(unit);
        Answer original = accepted(api.command(unit, 2023, "appropriations", appropriation("app-1", generalBasicLine(), "500.00")));

        Answer repeat = accepted(api.command(unit, 2023, "appropriations", appropriation("app-1", generalBasicLine(), "500")));

        assertThat(repeat.duplicate()).isTrue();
        assertThat(repeat.sequence()).isEqualTo(original.sequence());
        assertThat(repeat.line("initial")).isEqualTo("500.00");
    }

    @Test
    void aRequestIdUsedBeforeForOtherContentIsRequestIdConflict() {
        String unit = newUnit("IDEM");
        open2023WithBasicBudget(unit, "500.00");
        accepted(api.command(unit, 2023, "expenditures", expenditure("exp-1", generalBasicLine(), "30201", "120.00", "V-1")));

        Answer answer = refused(unit + "/2023", ErrorCode.REQUEST_ID_CONFLICT, () -> api.command(unit, 2023, "expenditures",
                expenditure("exp-1", generalBasicLine(), "30201", "121.00", "V-1")));

        assertThat(answer.text("detail")).contains("exp-1");
    }

    @Test
    void aRequestIdUsedBeforeForAnotherCommandIsRequestIdConflict() {
        String unit = newUnit("IDEM");
        open2023WithBasicBudget(unit, "500.00");

        refused(unit + "/2023", ErrorCode.REQUEST_ID_CONFLICT, () -> api.command(unit, 2023, "expenditures",
                expenditure("app-" + unit, generalBasicLine(), "30201", "1.00", "V-1")));
    }

    @Test
    void theIdOfARefusedRequestStaysFreeForTheCorrectedRequest() {
        String unit = newUnit("IDEM");
        open2023WithBasicBudget(unit, "500.00");
        refused(unit + "/2023", ErrorCode.EXCEEDS_AVAILABLE, () -> api.command(unit, 2023, "expenditures",
                expenditure("exp-1", generalBasicLine(), "30201", "5000.00", "V-1")));

        Answer corrected = accepted(api.command(unit, 2023, "expenditures",
                with(expenditure("exp-1", generalBasicLine(), "30201", "500.00", "V-1"), "description", "金额更正")));

        assertThat(corrected.duplicate()).isFalse();
        assertThat(corrected.sequence()).isEqualTo(3);
        assertThat(corrected.line("spent")).isEqualTo("500.00");
    }
}
