package io.contactkit.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;

/**
 * The store's write transactions; every change to the database goes through here. On H2 they run one at a time, and
 * the writes that queue up meanwhile are committed together.
 * <p>H2 (2.x, MVStore) writes a commit to its file by storing the state of each table, index and undo log one after
 * another, while other transactions go on writing. A transaction that writes meanwhile is stored torn: a row in one
 * map and not in the next, rows without the undo records that would take them back. As long as the process lives,
 * the next commit stores the rest; killed before that, H2 opens the file with those rows still marked as changes of
 * the dead transaction's number, and gives that number to a new transaction after the restart. To that transaction
 * a committed row the dead one had deleted is gone (an acknowledged e-mail address is lost), and an index entry
 * whose row was not stored makes every read of it wait for a lock until it times out (the contact answers 503 for
 * good). With one transaction at a time, none is under way while another commits, and every state H2 stores is
 * whole. Commits reach the file before they return regardless ({@link JdbcSettings#connectionUrl()}).
 * <p>So that writes do not each wait for a file write of their own, the writer whose turn it is runs every write
 * waiting by then in its one transaction, each behind a savepoint: a write that fails is rolled back to its
 * savepoint and fails alone, the others are committed with one file write, and each caller gets its own answer once
 * that commit is done (or the commit's failure, and then nothing of the group is stored). A write waits for its turn
 * before it takes a connection, so waiting writers hold none from the pool.
 * <p>PostgreSQL logs each commit by itself and shares its log flushes among concurrent commits; its writes run side
 * by side.
 */
final class WriteTransactions {

    private final Jdbi jdbi;
    /** Held by the writer that runs and commits a group of writes; null on PostgreSQL. */
    private final ReentrantLock turn;
    private final Queue<Write<?>> waiting = new ConcurrentLinkedQueue<>();

    /** @param postgresql whether the database is PostgreSQL (else H2) */
    WriteTransactions(Jdbi jdbi, boolean postgresql) {
        this.jdbi = jdbi;
        this.turn = postgresql ? null : new ReentrantLock(true);
    }

    <T> T inTransaction(HandleCallback<T, RuntimeException> work) {
        if (turn == null) {
            return jdbi.inTransaction(work);
        }
        Write<T> write = new Write<>(work);
        waiting.add(write);
        turn.lock();
        try {
            if (!write.settled) {
                commitGroup();
            }
        } finally {
            turn.unlock();
        }
        return write.outcome();
    }

    void useTransaction(HandleConsumer<RuntimeException> work) {
        inTransaction(handle -> {
            work.useHandle(handle);
            return null;
        });
    }

    /** How many writes wait for their turn: for tests that need writes queued before they go on. */
    int waiting() {
        return waiting.size();
    }

    /** Runs every write waiting by now in one transaction and commits them together; settles each of them. */
    private void commitGroup() {
        List<Write<?>> group = new ArrayList<>();
        for (Write<?> next = waiting.poll(); next != null; next = waiting.poll()) {
            group.add(next);
        }
        List<Write<?>> done = new ArrayList<>(group.size());
        try {
            jdbi.useTransaction(handle -> runAll(handle, group, done));
            done.forEach(Write::succeed);
        } catch (RuntimeException | Error failure) {
            // the transaction was rolled back: nothing of the group is stored
            done.forEach(write -> write.fail(failure));
            group.forEach(write -> write.failUnlessSettled(failure));
        }
    }

    /** A write alone runs as its own transaction; in a group, each behind a savepoint, so a failure undoes it alone. */
    private static void runAll(Handle handle, List<Write<?>> group, List<Write<?>> done) {
        if (group.size() == 1) {
            Write<?> only = group.get(0);
            try {
                only.run(handle);
            } catch (RuntimeException failure) {
                only.fail(failure);
                throw failure;
            }
            done.add(only);
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            Write<?> write = group.get(i);
            String savepoint = "write_" + i;
            handle.savepoint(savepoint);
            try {
                write.run(handle);
                done.add(write);
            } catch (RuntimeException failure) {
                handle.rollbackToSavepoint(savepoint);
                write.fail(failure);
            }
        }
    }

    /** A queued write: run and settled by the writer whose turn it is, read by its caller after taking the turn. */
    private static final class Write<T> {

        private final HandleCallback<T, RuntimeException> work;
        private T result;
        private Throwable failure;
        private boolean settled;

        Write(HandleCallback<T, RuntimeException> work) {
            this.work = work;
        }

        void run(Handle handle) {
            result = work.withHandle(handle);
        }

        void succeed() {
            settled = true;
        }

        void fail(Throwable cause) {
            failure = cause;
            settled = true;
        }

        void failUnlessSettled(Throwable cause) {
            if (!settled) {
                fail(cause);
            }
        }

        T outcome() {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            return result;
        }
    }
}
