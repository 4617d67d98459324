package io.contactkit.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * On H2 the store's write transactions take turns, so that none is halfway while another commits, and those that
 * waited together commit together.
 */
class WriteTransactionsTest {

    private static final String INSERT_TOKEN = "INSERT INTO identity_token (name, digest, role, associate_id)"
            + " VALUES (:name, :name, 'admin', 1)";

    private final ExecutorService writers = Executors.newFixedThreadPool(4);
    private final JdbcStore store =
            JdbcStore.open(JdbcSettings.of("jdbc:h2:mem:writes-" + UUID.randomUUID(), "sa", ""));
    private final WriteTransactions writes = new WriteTransactions(store.jdbi(), false);

    @AfterEach
    void stop() {
        writers.shutdownNow();
        store.close();
    }

    @Test
    void onH2AWriteBeginsOnlyOnceTheWriteInProgressHasCommitted() throws Exception {
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        Future<?> first = heldOpenAfterWriting("first", firstMayCommit);

        Future<Integer> second = writers.submit(() -> writes.inTransaction(handle -> {
            insertToken(handle, "second");
            return handle.createQuery("SELECT COUNT(*) FROM identity_token").mapTo(Integer.class).one();
        }));
        assertThrows(TimeoutException.class, () -> second.get(300, TimeUnit.MILLISECONDS),
                "the second write began while the first was halfway");
        firstMayCommit.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertEquals(2, second.get(10, TimeUnit.SECONDS), "the second write sees the first one's row");
    }

    /**
     * Writes that queue up while another is under way run in one transaction and are committed together; one that
     * fails is undone alone and answers its own failure, and the others are stored.
     */
    @Test
    void onH2WritesThatWaitedTogetherShareOneCommitAndAFailingOneChangesNothing() throws Exception {
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        Future<?> first = heldOpenAfterWriting("first", firstMayCommit);
        Future<Long> second = writers.submit(() -> writes.inTransaction(handle -> insertedIn(handle, "second")));
        Future<Long> failing = writers.submit(() -> writes.inTransaction(handle -> {
            insertToken(handle, "failing");
            throw new IllegalArgumentException("refused after writing");
        }));
        Future<Long> third = writers.submit(() -> writes.inTransaction(handle -> insertedIn(handle, "third")));
        awaitQueued(3);

        firstMayCommit.countDown();
        first.get(10, TimeUnit.SECONDS);

        assertEquals(second.get(10, TimeUnit.SECONDS), third.get(10, TimeUnit.SECONDS),
                "the writes that waited together ran in one transaction");
        ExecutionException refused = assertThrows(ExecutionException.class, () -> failing.get(10, TimeUnit.SECONDS));
        assertEquals("refused after writing", refused.getCause().getMessage());
        assertEquals(List.of("first", "second", "third"), store.jdbi().withHandle(handle -> handle
                .createQuery("SELECT name FROM identity_token ORDER BY name").mapTo(String.class).list()));
    }

    /** A write that has inserted its token and waits, its transaction open, until it may commit. */
    private Future<?> heldOpenAfterWriting(String name, CountDownLatch mayCommit) throws InterruptedException {
        CountDownLatch hasWritten = new CountDownLatch(1);
        Future<?> write = writers.submit(() -> writes.useTransaction(handle -> {
            insertToken(handle, name);
            hasWritten.countDown();
            awaitUninterruptibly(mayCommit);
        }));
        hasWritten.await();
        return write;
    }

    /** Inserts a token and answers the number of the transaction it is in. */
    private static long insertedIn(Handle handle, String name) {
        insertToken(handle, name);
        return handle.createQuery("SELECT TRANSACTION_ID()").mapTo(Long.class).one();
    }

    private void awaitQueued(int count) throws InterruptedException {
        for (int i = 0; i < 1000 && writes.waiting() < count; i++) {
            Thread.sleep(5);
        }
        assertEquals(count, writes.waiting(), "writes waiting for their turn");
    }

    private static void insertToken(Handle handle, String name) {
        handle.createUpdate(INSERT_TOKEN).bind("name", name).execute();
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
