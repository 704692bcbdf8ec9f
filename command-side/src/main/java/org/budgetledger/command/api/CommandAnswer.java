package org.budgetledger.command.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.budgetledger.command.ledger.CommandOutcome;
import org.budgetledger.platform.http.LineView;

/** What every accepted command answers (and a repeat of it, with {@code duplicate} true). */
@Schema(name = "CommandAnswer")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommandAnswer(
        @Schema(example = "e-1") String requestId,
        @Schema(description = "<unitCode>/<year>", example = "DEMO/2024") String ledger,
        @Schema(description = "The ledger's entry count after the command; a query with minSequence=this waits for it",
                example = "42") long sequence,
        @Schema(description = "True when this request id was already applied with the same content: nothing was recorded")
        boolean duplicate,
        @Schema(description = "The line's figures after the command, where one line is involved") LineView line,
        @Schema(description = "Only for a payment request and its decision: the request's id in the ledger",
                example = "PR-12") String paymentRequestId,
        @Schema(description = "Only for a payment request and its decision: its status after the command",
                allowableValues = {"PENDING", "APPROVED", "REJECTED"}) String status) {

    static CommandAnswer of(CommandOutcome outcome) {
        return new CommandAnswer(outcome.requestId(), outcome.ledgerId(), outcome.sequence(), outcome.duplicate(),
                outcome.line() == null ? null : LineView.of(outcome.line()), outcome.paymentRequestId(), null);
    }

    /** The same answer, naming the payment request's status after the command. */
    CommandAnswer withStatus(String paymentStatus) {
        return new CommandAnswer(requestId, ledger, sequence, duplicate, line, paymentRequestId, paymentStatus);
    }
}
