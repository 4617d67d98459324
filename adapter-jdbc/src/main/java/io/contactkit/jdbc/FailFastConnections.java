package io.contactkit.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pool's connections, refused at once while the database is known to be unreachable. Without this, every call
 * during an outage waits the whole connection timeout, and calls that queue behind one another (the updates of one
 * contact do) wait it each in turn, far longer than any client waits. Once a wait for a connection has failed
 * because the pool cannot reach the database, calls fail immediately; a second after each failed try, one call
 * tries again (waiting up to the connection timeout), and the first try that gets a connection ends the outage.
 */
final class FailFastConnections implements ConnectionFactory {

    private static final Logger LOG = LoggerFactory.getLogger(FailFastConnections.class);
    private static final long RETRY_INTERVAL_NANOS = Duration.ofSeconds(1).toNanos();

    private final DataSource pool;
    private final AtomicBoolean unreachable = new AtomicBoolean();
    private final AtomicBoolean trying = new AtomicBoolean();
    private volatile long nextTry;

    FailFastConnections(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public Connection openConnection() throws SQLException {
        if (!unreachable.get()) {
            return connect();
        }
        if (System.nanoTime() - nextTry < 0 || !trying.compareAndSet(false, true)) {
            throw new SQLTransientConnectionException("the contact database is unreachable");
        }
        try {
            return connect();
        } finally {
            trying.set(false);
        }
    }

    private Connection connect() throws SQLException {
        Connection connection;
        try {
            connection = pool.getConnection();
        } catch (SQLTransientConnectionException timedOut) {
            // the pool gives the reason it could not connect; a timeout without one only means all are busy
            if (timedOut.getCause() != null) {
                nextTry = System.nanoTime() + RETRY_INTERVAL_NANOS;
                if (unreachable.compareAndSet(false, true)) {
                    LOG.warn("the contact database is unreachable ({}); calls fail at once until it answers again",
                            timedOut.getCause().toString());
                }
            }
            throw timedOut;
        }
        if (unreachable.compareAndSet(true, false)) {
            LOG.info("the contact database answers again");
        }
        return connection;
    }
}
