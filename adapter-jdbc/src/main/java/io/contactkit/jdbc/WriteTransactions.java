package io.contactkit.jdbc;

import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;

/**
 * The store's write transactions; every change to the database goes through here. On H2 they run one at a time.
 * <p>H2 (2.x, MVStore) writes a commit to its file by storing the state of each table, index and undo log one after
 * another, while other transactions go on writing. A transaction that writes meanwhile is stored torn: a row in one
 * map and not in the next, rows without the undo records that would take them back. As long as the process lives,
 * the next commit stores the rest; killed before that, H2 opens the file with those rows still marked as changes of
 * the dead transaction's number, and gives that number to a new transaction after the restart. To that transaction
 * a committed row the dead one had deleted is gone (an acknowledged e-mail address is lost), and an index entry
 * whose row was not stored makes every read of it wait for a lock until it times out (the contact answers 503 for
 * good). With one write at a time, none is under way while another commits, and every state H2 stores is whole.
 * Commits reach the file before they return regardless ({@link JdbcSettings#connectionUrl()}). A write waits for
 * its turn before it takes a connection, so waiting writers hold none from the pool.
 * <p>PostgreSQL logs each commit by itself; its writes run side by side.
 */
final class WriteTransactions {

    private final Jdbi jdbi;
    /** Held from before a write transaction begins until after it commits or rolls back; null on PostgreSQL. */
    private final ReentrantLock turn;

    /** @param postgresql whether the database is PostgreSQL (else H2) */
    WriteTransactions(Jdbi jdbi, boolean postgresql) {
        this.jdbi = jdbi;
        this.turn = postgresql ? null : new ReentrantLock(true);
    }

    <T> T inTransaction(HandleCallback<T, RuntimeException> work) {
        if (turn == null) {
            return jdbi.inTransaction(work);
        }
        turn.lock();
        try {
            return jdbi.inTransaction(work);
        } finally {
            turn.unlock();
        }
    }

    void useTransaction(HandleConsumer<RuntimeException> work) {
        inTransaction(handle -> {
            work.useHandle(handle);
            return null;
        });
    }
}
