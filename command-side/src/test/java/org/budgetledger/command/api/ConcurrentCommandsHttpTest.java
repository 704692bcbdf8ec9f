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

    /**
     * Payment requests reserve at once, so 16 of them racing for 105.00 leave exactly 10 of 10.00
     * pending; deciding them in a shuffled order from as many threads leaves spent + available =
     * budget to the fen, with nothing reserved.
     */
    @Test
    void paymentRequestsRacingForOneLineNeverReserveMoreThanItHolds() throws Exception {
        String unit = newUnit("RACE");
        String ledger = unit + "/2023";
        open2023WithBasicBudget(unit, "105.00");
        var clerk = api.ensureUser("race-clerk-" + unit, unit + ":RECORDER");

        List<Answer> answers = allAtOnce(16, i -> clerk.command(unit, 2023, "payment-requests",
                expenditure("pr-" + i, generalBasicLine(), "30201", "10.00", "V-" + i)));

        List<Answer> reserved = answers.stream().filter(answer -> answer.status() == 201).toList();
        assertThat(reserved).hasSize(10);
        List<Answer> refusals = answers.stream().filter(answer -> answer.status() != 201).toList();
        assertThat(refusals).hasSize(6);
        refusals.forEach(answer -> assertProblem(answer, ErrorCode.EXCEEDS_AVAILABLE));
        assertThat(events.count(ledger, "PaymentRequested")).isEqualTo(10);

        List<String> ids = new ArrayList<>(reserved.stream().map(answer -> answer.text("paymentRequestId")).toList());
        java.util.Collections.shuffle(ids, new java.util.Random(20231231));
        List<Answer> decisions = allAtOnce(ids.size(), i -> {
            String id = ids.get(i - 1);
            return i % 3 == 0
                    ? api.post("/ledgers/" + unit + "/2023/payment-requests/" + id + "/rejection",
                            java.util.Map.of("requestId", "rj-" + id, "reason", "退回重报"))
                    : api.post("/ledgers/" + unit + "/2023/payment-requests/" + id + "/approval",
                            java.util.Map.of("requestId", "ap-" + id, "effectiveDate", "2023-05-21"));
        });
        assertThat(decisions).allSatisfy(answer -> assertThat(answer.status()).as("%s", answer).isEqualTo(200));
        assertThat(events.count(ledger, "PaymentApproved")).isEqualTo(7);
        assertThat(events.count(ledger, "PaymentRequestRejected")).isEqualTo(3);
        Answer afterwards = accepted(api.command(unit, 2023, "adjustments",
                adjustment("adj-1", generalBasicLine(), "INCREASE", "0.01")));
        assertThat(afterwards.line("spent")).isEqualTo("70.00");
        assertThat(afterwards.line("reserved")).isEqualTo("0.00");
        assertThat(afterwards.line("budget")).isEqualTo("105.01");
        assertThat(afterwards.line("available")).isEqualTo("35.01");
    }

    /** Sends {@value #CLIENTS} requests from as many threads, released together. */
    private static List<Answer> allAtOnce(IntFunction<Answer> request) throws Exception {
        return allAtOnce(CLIENTS, request);
    }

    /** Sends {@code count} requests from as many threads, released together; request {@code i} from 1. */
    private static List<Answer> allAtOnce(int count, IntFunction<Answer> request) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch ready = new CountDownLatch(count);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
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
