package io.contactkit.domain;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises the updates of one contact within this process, so writers of the same contact queue up instead of
 * racing and retrying; the store's version check still guards against writers in other processes.
 */
final class ContactLocks {

    private static final int STRIPES = 256;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    ContactLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    <T> T whileHolding(int contactId, Supplier<T> work) {
        ReentrantLock lock = stripes[Math.floorMod(Integer.hashCode(contactId) * 0x9E3779B1, STRIPES)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
