package org.budgetledger.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseFailuresTest {

    @Test
    void aPoolTimeoutInsideATransactionFailureIsAnOutage() {
        RuntimeException failure = new CannotCreateTransactionException("Could not open JPA EntityManager",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 2500ms"));
        assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("wrapped", failure))).isTrue();
        assertThat(ProblemStatus.of(ProblemResponses.asRejection(failure).code())).isEqualTo(503);
        assertThat(ProblemResponses.asRejection(failure).code()).isEqualTo(ErrorCode.DATABASE_UNAVAILABLE);
    }

    @Test
    void aServerShuttingDownARefusedConnectionAndAConnectionClosedByThePoolAreOutages() {
        assertThat(DatabaseFailures.isUnavailable(new SQLException("FATAL: terminating connection due to administrator command",
                "57P01"))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new SQLException("Connection refused", "08001"))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new RuntimeException(new ConnectException("Connection refused")))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new RuntimeException(new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void aConstraintViolationOrAProgrammingErrorIsNotAnOutage() {
        assertThat(DatabaseFailures.isUnavailable(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("a bug"))).isFalse();
        assertThat(ProblemResponses.asRejection(new IllegalStateException("a bug"))).isNull();
    }
}
