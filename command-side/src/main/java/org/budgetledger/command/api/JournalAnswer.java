package org.budgetledger.command.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.budgetledger.platform.http.LineView;
import org.budgetledger.platform.problem.Problem;

/** {@code POST /journal}: one result per input line, in order, and the counts. */
@Schema(name = "JournalAnswer")
public record JournalAnswer(@Schema(description = "One per non-blank input line, in order") List<Result> results,
        Summary summary) {

    /**
     * One input line's outcome: its command's answer with status 200, or its problem with the
     * problem's status. {@code index} counts input lines from 1, blank ones included.
     */
    @Schema(name = "JournalResult")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(
            @Schema(description = "The input line, counted from 1", example = "1") int index,
            @Schema(description = "200, or the status of the line's refusal", example = "200") int status,
            @Schema(description = "Accepted: the command's request id") String requestId,
            @Schema(description = "Accepted: the ledger", example = "ZZJJ/2023") String ledger,
            @Schema(description = "Accepted: the ledger's entry count after the command") Long sequence,
            @Schema(description = "Accepted: whether it was a repeat that recorded nothing") Boolean duplicate,
            @Schema(description = "Accepted: the line's figures after the command, where a line is involved") LineView line,
            @Schema(description = "Refused: the problem type") String type,
            @Schema(description = "Refused: the problem title") String title,
            @Schema(description = "Refused: what is wrong") String detail,
            @Schema(description = "Refused: the stable code", example = "EXCEEDS_AVAILABLE") String code,
            @Schema(description = "Refused with VALIDATION_FAILED: every bad field") List<Problem.FieldError> errors) {

        static Result accepted(int index, CommandAnswer answer) {
            return new Result(index, 200, answer.requestId(), answer.ledger(), answer.sequence(), answer.duplicate(),
                    answer.line(), null, null, null, null, null);
        }

        static Result refused(int index, Problem problem) {
            return new Result(index, problem.status(), null, null, null, null, null, problem.type(), problem.title(),
                    problem.detail(), problem.code(), problem.errors());
        }
    }

    @Schema(name = "JournalSummary")
    public record Summary(@Schema(example = "462") int applied, @Schema(example = "0") int duplicates,
            @Schema(example = "0") int rejected) {
    }
}
