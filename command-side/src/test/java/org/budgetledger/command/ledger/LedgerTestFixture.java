package org.budgetledger.command.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;

/**
 * An {@code AggregateTestFixture} of the ledger under test that checks, after every command
 * handled without error, that the ledger equals the ledger sourced from its events: a command
 * handler must change state only by applying events, or a reload or snapshot would lose it.
 *
 * <p>Axon's own check does the same, but compares map values with {@code equals}, which
 * {@link org.budgetledger.line.LineTally} (a mutable holder of running figures) rightly does not define; it would
 * report every ledger with a line as changed. This check compares field by field instead.
 */
final class LedgerTestFixture extends AggregateTestFixture<Ledger> {

    private final String ledgerId;
    private boolean handled;

    LedgerTestFixture(String ledgerId) {
        super(Ledger.class);
        this.ledgerId = ledgerId;
        setReportIllegalStateChange(false);
        registerCommandHandlerInterceptor((unitOfWork, chain) -> {
            Object result = chain.proceed();
            handled = true;
            return result;
        });
    }

    @Override
    public ResultValidator<Ledger> when(Object command, Map<String, ?> metaData) {
        handled = false;
        ResultValidator<Ledger> result = super.when(command, metaData);
        if (handled) {
            result.expectState(working -> assertThat(working)
                    .as("the ledger after %s, compared with the ledger sourced from its events", command.getClass().getSimpleName())
                    .usingRecursiveComparison()
                    .isEqualTo(LedgerReplay.replay(getEventStore().readEvents(ledgerId))));
        }
        return result;
    }
}
