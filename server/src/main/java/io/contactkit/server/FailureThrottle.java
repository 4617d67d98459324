package io.contactkit.server;

import io.contactkit.http.LoggedText;
import io.contactkit.http.authentication.TooManyFailedAttemptsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows password and token guessing without locking others out. Failed attempts are counted three ways, each with
 * an allowance that refills evenly over the window: for one user name from one address (the limit), for one user
 * name from every address (three times the limit: guessing from many machines), and for one address whatever the
 * name (ten times the limit: many users behind one proxy or office address share it, and one of them mistyping does
 * not use up the others' attempts). Once a count has used its allowance, the next attempt it covers is not checked
 * until one has refilled, and each failure after that doubles the wait, up to 15 minutes: a guesser gets ever
 * slower, a user who mistyped a few times waits seconds, and nobody else notices. A count is forgiven a window after
 * its wait ended without another failure. While any count covering an attempt is waiting,
 * its credentials are not checked at all, so a guesser learns nothing from the answer and costs no password hash.
 *
 * <p>A user name that signed in from an address within the last day is held back there only by its own count for
 * that address: guessing at a name from elsewhere, or at other names from the same address, does not keep its user
 * out. Names that are no user's are counted alike, or the counts would tell which names are users. The counts are
 * this server process's own; behind a load balancer each node keeps its own.
 */
final class FailureThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(FailureThrottle.class);
    /** Beyond this many counts (or recent sign-ins) kept, those that hold nothing back are forgotten. */
    private static final int MAX_TRACKED = 10_000;
    private static final int USER_FACTOR = 3;
    private static final int ADDRESS_FACTOR = 10;
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    private static final Duration KNOWN_FOR = Duration.ofDays(1);

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Count> byPair = new ConcurrentHashMap<>();
    private final Map<String, Count> byUser = new ConcurrentHashMap<>();
    private final Map<String, Count> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Instant> signedIn = new ConcurrentHashMap<>();

    /** @param limit failed attempts allowed per window for one user name from one address; 0 for no limit */
    FailureThrottle(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /**
     * @param name the user name the credentials give, or a name for the kind of credential that gives none
     * @throws TooManyFailedAttemptsException while a count covering the address and name is waiting
     */
    void check(String address, String name) {
        if (limit == 0) {
            return;
        }
        Instant now = clock.instant();
        Duration wait = wait(byPair.get(pair(address, name)), now);
        if (!knownAt(address, name, now)) {
            wait = longer(wait, longer(wait(byUser.get(name), now), wait(byAddress.get(address), now)));
        }
        if (!wait.isZero()) {
            throw new TooManyFailedAttemptsException(wait);
        }
    }

    /** Counts a failed attempt for the name from the address, for the name and for the address. */
    void failed(String address, String name) {
        if (limit == 0) {
            return;
        }
        Instant now = clock.instant();
        if (count(byPair, pair(address, name), limit, now).failed(now)) {
            LOG.warn("{} failed attempts to authenticate as {} from {}; from there, each further one doubles the"
                    + " wait", limit, LoggedText.of(name), LoggedText.of(address));
        }
        if (count(byUser, name, limit * USER_FACTOR, now).failed(now)) {
            LOG.warn("{} failed attempts to authenticate as {}; each further one doubles the wait, except where {}"
                    + " signed in lately", limit * USER_FACTOR, LoggedText.of(name), LoggedText.of(name));
        }
        if (count(byAddress, address, limit * ADDRESS_FACTOR, now).failed(now)) {
            LOG.warn("{} failed attempts to authenticate from {}; each further one doubles the wait, except for"
                    + " names signed in from there lately", limit * ADDRESS_FACTOR, LoggedText.of(address));
        }
    }

    /** The name proved itself from the address: its count there starts afresh, and others' counts spare it. */
    void succeeded(String address, String name) {
        if (limit == 0) {
            return;
        }
        Instant now = clock.instant();
        String pair = pair(address, name);
        byPair.remove(pair);
        if (!signedIn.containsKey(pair) && signedIn.size() >= MAX_TRACKED) {
            signedIn.values().removeIf(when -> !now.isBefore(when.plus(KNOWN_FOR)));
        }
        signedIn.put(pair, now);
    }

    private boolean knownAt(String address, String name, Instant now) {
        Instant when = signedIn.get(pair(address, name));
        return when != null && now.isBefore(when.plus(KNOWN_FOR));
    }

    private Count count(Map<String, Count> counts, String key, int allowance, Instant now) {
        if (!counts.containsKey(key) && counts.size() >= MAX_TRACKED) {
            counts.values().removeIf(count -> count.idle(now));
        }
        return counts.computeIfAbsent(key, absent -> new Count(allowance, now));
    }

    private static String pair(String address, String name) {
        return address + '\n' + name;
    }

    private static Duration wait(Count count, Instant now) {
        return count == null ? Duration.ZERO : count.wait(now);
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * The failures of one key: attempts left of its allowance, refilled one per {@code refill}; once they are used,
     * a wait for the next, and with each failure after that a wait twice as long, until the key is forgiven.
     */
    private final class Count {

        private final int allowance;
        private final Duration refill;
        private double left;
        private Instant refilled;
        private int strikes;
        private Instant waitEnds;

        Count(int allowance, Instant now) {
            this.allowance = allowance;
            this.refill = window.dividedBy(allowance);
            this.left = allowance;
            this.refilled = now;
            this.waitEnds = now;
        }

        synchronized Duration wait(Instant now) {
            forgiveIfQuiet(now);
            return strikes > 0 && now.isBefore(waitEnds) ? Duration.between(now, waitEnds) : Duration.ZERO;
        }

        /** @return whether this failure used up the allowance, so that waiting starts */
        synchronized boolean failed(Instant now) {
            forgiveIfQuiet(now);
            if (strikes == 0) {
                refillUntil(now);
                left -= 1;
                if (left >= 1) {
                    return false;
                }
            }
            strikes++;
            Duration wait = refill.multipliedBy(1L << Math.min(strikes - 1, 30));
            waitEnds = now.plus(wait.compareTo(LONGEST_WAIT) < 0 ? wait : LONGEST_WAIT);
            return strikes == 1;
        }

        synchronized boolean idle(Instant now) {
            forgiveIfQuiet(now);
            refillUntil(now);
            return strikes == 0 && left >= allowance;
        }

        private void forgiveIfQuiet(Instant now) {
            if (strikes > 0 && !now.isBefore(waitEnds.plus(window))) {
                strikes = 0;
                left = allowance;
                refilled = now;
            }
        }

        private void refillUntil(Instant now) {
            if (now.isAfter(refilled)) {
                left = Math.min(allowance, left + (double) Duration.between(refilled, now).toNanos()
                        / refill.toNanos());
                refilled = now;
            }
        }
    }
}
