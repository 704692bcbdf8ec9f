package org.budgetledger.command.api;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.dao.DuplicateKeyException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.budgetledger.command.ledger.CommandOutcome;
import org.budgetledger.command.ledger.Commands.Batch;
import org.budgetledger.command.ledger.Commands.BatchOutcome;
import org.budgetledger.command.ledger.LedgerCommand;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.metrics.CommandMetrics;
import org.budgetledger.platform.problem.ProblemResponses;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.stereotype.Component;

/**
 * Sends a command and shapes its answer. The command's codes are checked against the catalogue
 * first, before the ledger is consulted. A command that lost a race with another process
 * writing the same ledger, or with another request opening the same ledger, is sent again:
 * this is safe because every command is idempotent through its request id.
 */
@Component
class CommandSender {

    private static final int ATTEMPTS = 3;

    private final CommandGateway gateway;
    private final CatalogueCheck catalogue;
    private final CommandMetrics metrics;

    CommandSender(CommandGateway gateway, CatalogueCheck catalogue, CommandMetrics metrics) {
        this.gateway = gateway;
        this.catalogue = catalogue;
        this.metrics = metrics;
    }

    CommandAnswer send(LedgerRef ledger, LedgerCommand command) {
        long started = System.nanoTime();
        String type = command.getClass().getSimpleName();
        try {
            CommandAnswer answer = sendOnce(ledger, command);
            metrics.record(type, answer.duplicate() ? CommandMetrics.DUPLICATE : CommandMetrics.ACCEPTED, System.nanoTime() - started);
            return answer;
        } catch (RuntimeException failure) {
            metrics.record(type, outcome(failure), System.nanoTime() - started);
            throw failure;
        }
    }

    private static String outcome(Object failure) {
        LedgerRejection rejection = failure instanceof LedgerRejection refused ? refused
                : ProblemResponses.asRejection((Throwable) failure);
        return rejection == null ? ErrorCode.INTERNAL_ERROR.name() : rejection.code().name();
    }

    private CommandAnswer sendOnce(LedgerRef ledger, LedgerCommand command) {
        catalogue.check(ledger, command);
        for (int attempt = 1; ; attempt++) {
            try {
                CommandOutcome outcome = gateway.sendAndWait(command);
                return CommandAnswer.of(outcome);
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
     * Sends commands of one ledger as one {@link Batch}: one unit of work and one commit for all of
     * them. Answers, in order, each command's {@link CommandAnswer} or its {@link LedgerRejection}. A
     * batch that fails as a whole for another reason than a refusal (which would roll all of it
     * back) is sent again command by command, so that each gets its own answer.
     */
    List<Object> sendBatch(LedgerRef ledger, List<LedgerCommand> commands) {
        Object[] answers = new Object[commands.size()];
        List<LedgerCommand> checked = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            try {
                catalogue.check(ledger, commands.get(i));
                checked.add(commands.get(i));
                positions.add(i);
            } catch (LedgerRejection rejection) {
                answers[i] = rejection;
            }
        }
        long started = System.nanoTime();
        List<Object> outcomes = checked.isEmpty() ? List.of() : batchOutcomes(ledger, checked);
        for (int k = 0; k < outcomes.size(); k++) {
            Object outcome = outcomes.get(k);
            answers[positions.get(k)] = outcome instanceof CommandOutcome done ? CommandAnswer.of(done) : outcome;
        }
        long share = (System.nanoTime() - started) / Math.max(1, commands.size());
        for (int i = 0; i < answers.length; i++) {
            String type = commands.get(i).getClass().getSimpleName();
            metrics.record(type, answers[i] instanceof CommandAnswer answer
                    ? (answer.duplicate() ? CommandMetrics.DUPLICATE : CommandMetrics.ACCEPTED) : outcome(answers[i]), share);
        }
        return Arrays.asList(answers);
    }

    private List<Object> batchOutcomes(LedgerRef ledger, List<LedgerCommand> commands) {
        for (int attempt = 1; ; attempt++) {
            try {
                BatchOutcome outcome = gateway.sendAndWait(new Batch(ledger.id(), List.copyOf(commands)));
                return outcome.outcomes();
            } catch (RuntimeException failure) {
                LedgerRejection rejection = asRejection(failure);
                if (rejection != null && rejection.code() == ErrorCode.CONCURRENT_MODIFICATION && attempt < ATTEMPTS) {
                    continue;
                }
                // One at a time, each command meets the failure (or not) on its own.
                List<Object> single = new ArrayList<>();
                for (LedgerCommand command : commands) {
                    try {
                        single.add(gateway.<CommandOutcome>sendAndWait(command));
                    } catch (RuntimeException one) {
                        LedgerRejection refused = asRejection(one);
                        if (refused == null) {
                            throw one;
                        }
                        single.add(refused);
                    }
                }
                return single;
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
            if (cause instanceof DuplicateKeyException) {
                // The request log's key (ledger, request id) was taken by a request committing at the same
                // moment in another process or unit of work: sent again, this one is answered as its repeat.
                return new LedgerRejection(ErrorCode.CONCURRENT_MODIFICATION,
                        "The same request was being applied at the same moment; nothing was recorded twice, repeat the request");
            }
        }
        return ProblemResponses.asRejection(failure);
    }
}
