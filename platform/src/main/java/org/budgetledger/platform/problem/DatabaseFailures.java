package org.budgetledger.platform.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure to reach the database (server stopped, connection refused or cut, pool timed
 * out waiting for a connection) from every other failure, so that a request met by an outage is
 * answered {@code 503 DATABASE_UNAVAILABLE} with {@code Retry-After} instead of a 500.
 *
 * <p>A command met by an outage may or may not have committed (the commit can succeed and the
 * connection drop before its answer); the client repeats it with the same request id, which is
 * safe: it is then answered as new or as a duplicate.
 */
public final class DatabaseFailures {

    /** Seconds a client is asked to wait before repeating (the answer's {@code Retry-After}). */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseFailures() {
    }

    /** Whether {@code failure} or one of its causes says the database could not be reached. */
    public static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof LedgerRejection rejection && rejection.code() == ErrorCode.DATABASE_UNAVAILABLE) {
                return true;
            }
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof ConnectException
                    || cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (cause instanceof SQLException sql && (connectionState(sql.getSQLState()) || closedByPool(sql))) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQL states of a lost or refused connection: class 08 (connection exception) and 57P01–57P03
     * (the server shutting down, crash recovery, not accepting connections yet).
     */
    static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }

    /**
     * The pool's own refusal of a connection it has just closed because the server cut it: a unit of
     * work that still holds that connection (mid-transaction when the server stopped) meets this,
     * without a SQL state, on its next statement or its rollback.
     */
    private static boolean closedByPool(SQLException failure) {
        return failure.getSQLState() == null && "Connection is closed".equals(failure.getMessage());
    }

    /** The rejection an outage answers. */
    public static LedgerRejection rejection() {
        return new LedgerRejection(ErrorCode.DATABASE_UNAVAILABLE,
                "The database is not reachable; repeat the request with the same requestId in a few seconds");
    }
}
