package org.budgetledger.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.budgetledger.platform.security.SecurityTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes creating the same processor's tokens at once, as two query nodes started together
 * on an empty database do (ScaleOutIT once saw the second node exit on the duplicate key).
 */
class ConcurrentTokenInitializationTest extends SecurityTestSupport {

    @Autowired
    TokenStore tokenStore;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Test
    void theSecondOfTwoConcurrentInitializationsWaitsAndCreatesNothing() throws Exception {
        String processor = "concurrent-init-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        CountDownLatch firstCreated = new CountDownLatch(1);
        CountDownLatch secondLooked = new CountDownLatch(1);

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            tokenStore.initializeTokenSegments(processor, 4, null);
            firstCreated.countDown();
            await(secondLooked); // holds its uncommitted rows while the second node looks and tries
        }));
        CompletableFuture<int[]> second = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
            await(firstCreated);
            int[] seen = tokenStore.fetchSegments(processor); // the first's rows are not committed yet
            secondLooked.countDown();
            tokenStore.initializeTokenSegments(processor, 4, null);
            return seen;
        }));

        first.get(30, TimeUnit.SECONDS);
        assertThat(second.get(30, TimeUnit.SECONDS)).as("what the second saw before it initialized").isEmpty();
        assertThat(jdbcTemplate.queryForList("SELECT segment FROM token_entry WHERE processor_name = ? ORDER BY segment",
                Integer.class, processor)).containsExactly(0, 1, 2, 3);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
