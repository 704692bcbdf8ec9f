package org.budgetledger.command.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.budgetledger.platform.http.LineView;
import org.budgetledger.platform.problem.Problem;

/** {@code POST /journal}: one result per input line, in order, and the counts. */
@Schema(name = "JournalAnswer")
public record JournalAnswer(List<Result> results, Summary summary) {

    /**
     * One input line's outcome: its command's answer with status 200, or its problem with the
     * problem's status. {@code index} counts input lines from 1, blank ones included.
     */
    @Schema(name = "JournalResult")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(
            @Schema(example = "1") int index,
            @Schema(example = "200") int status,
            String requestId, String ledger, Long sequence, Boolean duplicate, LineView line,
            String type, String title, String detail, String code, List<Problem.FieldError> errors) {

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
