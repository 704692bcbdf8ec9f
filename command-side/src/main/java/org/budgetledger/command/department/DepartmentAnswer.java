package org.budgetledger.command.department;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What {@code PUT /departments/{code}} answers: the department as set. */
@Schema(name = "DepartmentAnswer")
record DepartmentAnswer(
        @Schema(example = "ZZGA") String department,
        @Schema(example = "株洲市公安局") String name,
        @Schema(description = "The first fiscal year the members apply to; null: every year", example = "2023") Integer fromYear,
        @Schema(example = "[\"ZZGA-BJ\", \"ZZJJ\"]") List<String> units,
        @Schema(description = "The department registry's change count after the request", example = "3") long sequence,
        @Schema(description = "False when the department was already so: nothing was recorded") boolean changed) {

    static DepartmentAnswer of(DepartmentOutcome outcome) {
        return new DepartmentAnswer(outcome.departmentCode(), outcome.name(), outcome.fromYear() == 0 ? null : outcome.fromYear(),
                outcome.units(), outcome.sequence(), outcome.changed());
    }
}
