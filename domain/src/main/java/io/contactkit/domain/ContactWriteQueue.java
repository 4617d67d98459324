package io.contactkit.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The writes of each contact within this process, queued so that they never race each other: while one caller
 * writes a contact, the writes of that contact that arrive queue up, and the next caller to get the contact's turn
 * takes all of them and applies them as one batch, in the order they arrived. Writes of different contacts never
 * wait for each other here. The store's version check still guards against writers in other processes.
 *
 * @param <W> what a queued write asks for
 */
final class ContactWriteQueue<W> {

    private final ConcurrentHashMap<Integer, Line<W>> lines = new ConcurrentHashMap<>();

    /**
     * Queues the write and waits until it is applied, in a batch with the writes of the contact queued with it: the
     * caller whose turn it is hands the batch to {@code applyAll}, which must settle every write of it.
     *
     * @return what {@code applyAll} answered for this write
     * @throws RuntimeException what {@code applyAll} failed this write with
     */
    <A> A submit(int contactId, W request, Consumer<List<Write<W>>> applyAll) {
        Write<W> write = new Write<>(request);
        Line<W> line = enter(contactId);
        try {
            line.waiting.add(write);
            line.turn.lock();
            try {
                if (!write.settled()) {
                    applyBatch(line, applyAll);
                }
            } finally {
                line.turn.unlock();
            }
        } finally {
            leave(contactId);
        }
        return write.outcome();
    }

    /** Runs the work alone on the contact: no write of it is applied meanwhile. */
    <T> T exclusively(int contactId, Supplier<T> work) {
        Line<W> line = enter(contactId);
        try {
            line.turn.lock();
            try {
                return work.get();
            } finally {
                line.turn.unlock();
            }
        } finally {
            leave(contactId);
        }
    }

    private static <W> void applyBatch(Line<W> line, Consumer<List<Write<W>>> applyAll) {
        List<Write<W>> batch = new ArrayList<>();
        for (Write<W> next = line.waiting.poll(); next != null; next = line.waiting.poll()) {
            batch.add(next);
        }
        try {
            applyAll.accept(batch);
        } catch (RuntimeException e) {
            batch.forEach(write -> write.failUnlessSettled(e));
        } finally {
            batch.forEach(write -> write.failUnlessSettled(
                    new IllegalStateException("a queued write was left unsettled")));
        }
    }

    private Line<W> enter(int contactId) {
        return lines.compute(contactId, (id, line) -> (line == null ? new Line<W>() : line).entered());
    }

    /** The last caller to leave a contact's line removes it, so lines are kept only for contacts being written. */
    private void leave(int contactId) {
        lines.computeIfPresent(contactId, (id, line) -> line.left() ? null : line);
    }

    /** One contact's turn and the writes waiting for it; {@code users} is only changed inside the map's compute. */
    private static final class Line<W> {

        private final ReentrantLock turn = new ReentrantLock();
        private final Queue<Write<W>> waiting = new ConcurrentLinkedQueue<>();
        private int users;

        Line<W> entered() {
            users++;
            return this;
        }

        /** True when no caller uses the line any more. */
        boolean left() {
            return --users == 0;
        }
    }

    /**
     * A queued write and, once settled, its answer or its failure. It is settled by the caller that applies its
     * batch, while holding the contact's turn, and read by its own caller after taking the turn in its stead.
     */
    static final class Write<W> {

        private final W request;
        private Object answer;
        private RuntimeException failure;
        private boolean settled;

        private Write(W request) {
            this.request = request;
        }

        W request() {
            return request;
        }

        boolean settled() {
            return settled;
        }

        void succeed(Object answer) {
            this.answer = answer;
            settled = true;
        }

        void fail(RuntimeException failure) {
            this.failure = failure;
            settled = true;
        }

        private void failUnlessSettled(RuntimeException failure) {
            if (!settled) {
                fail(failure);
            }
        }

        @SuppressWarnings("unchecked")
        private <A> A outcome() {
            if (failure != null) {
                throw failure;
            }
            return (A) answer;
        }
    }
}
