package io.contactkit.server;

import io.contactkit.http.authentication.TooManyFailedAttemptsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Limits guessing: failed attempts are counted per remote address and per user name, each in a bucket of
 * {@code limit} attempts that refills evenly over the window. While a request's address or user name has none left,
 * its credentials are not checked at all, so a guesser learns nothing from the answer and costs the server no
 * password hash. Other addresses and other users keep their own buckets. Names that are no user's are limited
 * alike, or the limit would tell which names are users.
 */
final class FailureThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(FailureThrottle.class);
    /** Beyond this many addresses (or names) with recent failures, those whose buckets are full are forgotten. */
    private static final int MAX_TRACKED = 10_000;

    private final int limit;
    private final Duration window;
    private final Duration refill;
    private final Clock clock;
    private final Map<String, Bucket> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Bucket> byUser = new ConcurrentHashMap<>();

    /** @param limit failed attempts allowed per window; 0 for no limit */
    FailureThrottle(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.refill = limit == 0 ? Duration.ZERO : window.dividedBy(limit);
        this.clock = clock;
    }

    /**
     * @param userName the user name the credentials give, or null where they give none
     * @throws TooManyFailedAttemptsException while the address or the user name has no attempt left
     */
    void check(String address, String userName) {
        if (limit == 0) {
            return;
        }
        Instant now = clock.instant();
        Duration wait = wait(byAddress.get(address), now);
        if (userName != null) {
            Duration userWait = wait(byUser.get(userName), now);
            wait = userWait.compareTo(wait) > 0 ? userWait : wait;
        }
        if (!wait.isZero()) {
            throw new TooManyFailedAttemptsException(wait);
        }
    }

    /** Counts a failed attempt against the address and, if given, the user name. */
    void failed(String address, String userName) {
        if (limit == 0) {
            return;
        }
        Instant now = clock.instant();
        if (bucket(byAddress, address, now).take(now)) {
            LOG.warn("{} failed attempts to authenticate from {} within {} s; further attempts from there are"
                    + " refused for a while", limit, address, window.toSeconds());
        }
        if (userName != null && bucket(byUser, userName, now).take(now)) {
            LOG.warn("{} failed attempts to authenticate as {} within {} s; further attempts as {} are refused"
                    + " for a while", limit, userName, window.toSeconds(), userName);
        }
    }

    private Bucket bucket(Map<String, Bucket> buckets, String key, Instant now) {
        if (!buckets.containsKey(key) && buckets.size() >= MAX_TRACKED) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(key, absent -> new Bucket(now));
    }

    private Duration wait(Bucket bucket, Instant now) {
        return bucket == null ? Duration.ZERO : bucket.wait(now);
    }

    /** Attempts left, refilled one per {@code refill}; concurrent failures may overdraw it by up to one window. */
    private final class Bucket {

        private double attempts = limit;
        private Instant updated;

        Bucket(Instant now) {
            this.updated = now;
        }

        synchronized Duration wait(Instant now) {
            refillUntil(now);
            return attempts >= 1 ? Duration.ZERO : Duration.ofNanos((long) ((1 - attempts) * refill.toNanos()));
        }

        /** @return whether this attempt used up the last one left */
        synchronized boolean take(Instant now) {
            refillUntil(now);
            boolean last = attempts >= 1 && attempts < 2;
            attempts = Math.max(-limit, attempts - 1);
            return last;
        }

        synchronized boolean isFull(Instant now) {
            refillUntil(now);
            return attempts >= limit;
        }

        private void refillUntil(Instant now) {
            if (now.isAfter(updated)) {
                double refilled = (double) Duration.between(updated, now).toNanos() / refill.toNanos();
                attempts = Math.min(limit, attempts + refilled);
                updated = now;
            }
        }
    }
}
