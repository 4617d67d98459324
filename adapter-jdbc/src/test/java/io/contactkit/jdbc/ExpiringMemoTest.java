package io.contactkit.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.contactkit.domain.failure.StorageUnavailableException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ExpiringMemoTest {

    private final AtomicLong nanoClock = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void keysFromClientsCannotGrowTheMemoWithoutBound() {
        ExpiringMemo<Integer, String> memo = new ExpiringMemo<>(this::load, Duration.ofMinutes(1), nanoClock::get);
        for (int key = 0; key < 10_000; key++) {
            memo.get(key);
        }
        int loadsWhenFull = loads.get();

        assertEquals("item 10000", memo.get(10_000));
        assertEquals("item 10000", memo.get(10_000));
        assertEquals("item 0", memo.get(0));

        assertEquals(10_000, loadsWhenFull);
        assertEquals(loadsWhenFull + 2, loads.get());
    }

    @Test
    void aFailedLoadIsTriedAgainOnTheNextUse() {
        AtomicInteger failuresLeft = new AtomicInteger(1);
        ExpiringMemo<Integer, String> memo = new ExpiringMemo<>(key -> {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new StorageUnavailableException("the store went away", null);
            }
            return load(key);
        }, Duration.ofMinutes(1), nanoClock::get);

        assertThrows(StorageUnavailableException.class, () -> memo.get(1));

        assertEquals("item 1", memo.get(1));
        assertEquals("item 1", memo.get(1));
        assertEquals(1, loads.get());
    }

    private String load(int key) {
        loads.incrementAndGet();
        return "item " + key;
    }
}
