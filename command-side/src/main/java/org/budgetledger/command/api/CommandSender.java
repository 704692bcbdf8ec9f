package org.budgetledger.command.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.budgetledger.command.ledger.CommandOutcome;
import org.budgetledger.command.ledger.LedgerCommand;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.budgetledger.platform.problem.ProblemResponses;
import org.springframework.stereotype.Component;

/**
 * Sends a command and shapes its answer. A command that lost a race with another process
 * writing the same ledger, or with another request opening the same ledger, is sent again:
 * this is safe because every command is idempotent through its request id.
 */
@Component
class CommandSender {

    private static final int ATTEMPTS = 3;

    private final CommandGateway gateway;

    CommandSender(CommandGateway gateway) {
        this.gateway = gateway;
    }

    Map<String, Object> send(LedgerCommand command) {
        for (int attempt = 1; ; attempt++) {
            try {
                CommandOutcome outcome = gateway.sendAndWait(command);
                return answer(outcome);
            } catch (RuntimeException failure) {
                LedgerRejection rejection = asRejection(failure);
                if (rejection == null) {
                    throw failure;
                }
                if (rejection.code() != ErrorCode.CONCURRENT_MODIFICATION || attempt == ATTEMPTS) {
                    throw rejection;
                }
            }
        }
    }

    /**
     * Two openings of the same ledger at once both find no ledger and both create it; the store
     * refuses the second stream. Sent again, the loser finds the ledger and is answered as a
     * repeat or as {@code LEDGER_EXISTS}, so it is a lost race like any other.
     */
    private static LedgerRejection asRejection(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AggregateStreamCreationException) {
                return new LedgerRejection(ErrorCode.CONCURRENT_MODIFICATION,
                        "Another request opened the ledger at the same moment; nothing was recorded, repeat the request");
            }
        }
        return ProblemResponses.asRejection(failure);
    }

    private static Map<String, Object> answer(CommandOutcome outcome) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("requestId", outcome.requestId());
        answer.put("ledger", outcome.ledgerId());
        answer.put("sequence", outcome.sequence());
        answer.put("duplicate", outcome.duplicate());
        if (outcome.line() != null) {
            answer.put("line", outcome.line().toJson());
        }
        return answer;
    }
}
