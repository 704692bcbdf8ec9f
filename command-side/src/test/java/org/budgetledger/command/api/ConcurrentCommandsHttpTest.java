package org.budgetledger.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.command.Requests.adjustment;
import static org.budgetledger.command.Requests.expenditure;
import static org.budgetledger.command.Requests.generalBasicLine;
import static org.budgetledger.command.Requests.openLedger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.budgetledger.command.Answer;
import org.budgetledger.command.CommandSideHttpTest;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.Test;

/** Requests arriving at the same moment: the ledger's rules hold as if they had come one by one. */
class ConcurrentCommandsHttpTest extends CommandSideHttpTest {

    private static final int CLIENTS = 8;

    @Test
    void expendituresRacingForOneLineNeverSpendMoreThanItsBudget() throws Exception {
        String unit = newUnit("RACE");
        String ledger = unit + "/2023";
        open2023WithBasicBudget(unit, "500.00");

        List<Answer> answers = allAtOnce(i -> api.command(unit, 2023, "expenditures",
                expenditure("exp-" + i, generalBasicLine(), "30201", "100.00", "V-" + i)));

        assertThat(answers).filteredOn(answer -> answer.status() == 200).hasSize(5);
        List<Answer> refusals = answers.stream().filter(answer -> answer.status() != 200).toList();
        assertThat(refusals).hasSize(3);
        refusals.forEach(answer -> assertProblem(answer, ErrorCode.EXCEEDS_AVAILABLE));
        assertThat(answers).filteredOn(answer -> answer.status() == 200).extracting(Answer::sequence)
                .containsExactlyInAnyOrder(3L, 4L, 5L, 6L, 7L);
        assertThat(events.count(ledger, "ExpenditureRecorded")).isEqualTo(5);
        assertThat(events.sumOfAmountFen(ledger, "ExpenditureRecorded")).isEqualTo(50_000);
        assertThat(events.count(ledger)).isEqualTo(7);
        Answer afterwards = accepted(api.command(unit, 2023, "adjustments",
                adjustment("adj-1", generalBasicLine(), "INCREASE", "100.00")));
        assertThat(afterwards.line("spent")).isEqualTo("500.00");
        assertThat(afterwards.line("budget")).isEqualTo("600.00");
        assertThat(afterwards.line("available")).isEqualTo("100.00");
    }

    @Test
    void theSameOpeningSentByManyClientsAtOnceOpensTheLedgerOnce() throws Exception {
        String unit = newUnit("RACE");

        List<Answer> answers = allAtOnce(i -> api.openLedger(openLedger("open-" + unit, unit, 2023)));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as("%s", answer).isEqualTo(201);
            assertThat(answer.sequence()).isEqualTo(1);
        });
        assertThat(answers).filteredOn(answer -> !answer.duplicate()).hasSize(1);
        assertThat(events.count(unit + "/2023")).isEqualTo(1);
    }

    /** Sends {@value #CLIENTS} requests from as many threads, released together. */
    private static List<Answer> allAtOnce(IntFunction<Answer> request) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            CountDownLatch ready = new CountDownLatch(CLIENTS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 1; i <= CLIENTS; i++) {
                int client = i;
                Callable<Answer> call = () -> {
                    ready.countDown();
                    go.await();
                    return request.apply(client);
                };
                futures.add(clients.submit(call));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            clients.shutdownNow();
        }
    }
}
