package io.contactkit.jdbc;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.StorageUnavailableException;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns database failures into the core's failures. Every store call runs through here, so no JDBC or Jdbi
 * exception reaches the core; the transaction a failure interrupts is rolled back by then.
 */
final class StoreFaults {

    private static final Logger LOG = LoggerFactory.getLogger(StoreFaults.class);

    /** SQLSTATE class 22: the database refused a value, e.g. a text longer than its column allows. */
    private static final String DATA_EXCEPTION = "22";

    private StoreFaults() {
    }

    static <T> T guarded(String action, Supplier<T> work) {
        try {
            return work.get();
        } catch (JdbiException e) {
            throw translated(action, e);
        }
    }

    static void guarded(String action, Runnable work) {
        guarded(action, () -> {
            work.run();
            return null;
        });
    }

    private static RuntimeException translated(String action, JdbiException failure) {
        String state = sqlState(failure);
        if (state != null && state.startsWith(DATA_EXCEPTION)) {
            LOG.debug("{}: the database refused a value", action, failure);
            return InvalidInputException.of("", "holds a value the contact store cannot keep (SQLSTATE " + state
                    + "), such as a text longer than its field allows");
        }
        LOG.warn("{} failed: {}", action, rootCause(failure).toString());
        return new StorageUnavailableException(action + " failed: the contact store is unavailable", failure);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The SQLSTATE of the first SQLException in the chain of causes, or null. */
    static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
