package io.contactkit.jdbc;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Answers of a loader, each kept until its time-to-live has passed since the memo was last emptied; then all are
 * loaded again on their next use. An answer is at most the time-to-live old. However many threads ask for the same
 * key at once, it is loaded once per time-to-live; a load that fails is not kept. Holds at most a bounded number of
 * answers, so keys that come from clients cannot fill the memory: beyond it, answers are loaded and not kept.
 *
 * @param <K> what an answer is looked up by
 * @param <V> the answer, never null
 */
final class ExpiringMemo<K, V> {

    private static final int MOST_ANSWERS = 10_000;

    private final Function<K, V> loader;
    private final long ttlNanos;
    private final LongSupplier nanoClock;
    private final AtomicReference<Generation<K, V>> current;

    /** @param nanoClock a monotonic clock in nanoseconds, {@link System#nanoTime} outside tests */
    ExpiringMemo(Function<K, V> loader, Duration ttl, LongSupplier nanoClock) {
        this.loader = loader;
        this.ttlNanos = ttl.toNanos();
        this.nanoClock = nanoClock;
        this.current = new AtomicReference<>(new Generation<>(nanoClock.getAsLong()));
    }

    V get(K key) {
        Map<K, V> answers = fresh().answers();
        V kept = answers.get(key);
        if (kept != null) {
            return kept;
        }
        return answers.size() < MOST_ANSWERS ? answers.computeIfAbsent(key, loader) : loader.apply(key);
    }

    /** The current answers, emptied first if they are as old as the time-to-live. */
    private Generation<K, V> fresh() {
        Generation<K, V> generation = current.get();
        long now = nanoClock.getAsLong();
        if (now - generation.started() < ttlNanos) {
            return generation;
        }
        Generation<K, V> next = new Generation<>(now);
        return current.compareAndSet(generation, next) ? next : current.get();
    }

    private record Generation<K, V>(long started, Map<K, V> answers) {

        Generation(long started) {
            this(started, new ConcurrentHashMap<>());
        }
    }
}
