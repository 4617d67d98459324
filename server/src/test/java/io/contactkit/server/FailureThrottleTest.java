package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.contactkit.http.authentication.TooManyFailedAttemptsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The throttle's counts on a clock the test moves: 3 failures a minute for one name from one address. */
class FailureThrottleTest {

    private static final String ATTACKER = "192.0.2.66";
    private static final String OFFICE = "192.0.2.7";

    private final SteppingClock clock = new SteppingClock();
    private final FailureThrottle throttle = new FailureThrottle(3, Duration.ofMinutes(1), clock);

    @Test
    void aNameFromOneAddressWaitsOnceItsAllowanceIsUsedAndEachFurtherFailureDoublesTheWait() {
        failTimes(3, ATTACKER, "ada");

        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Duration wait = assertThrows(TooManyFailedAttemptsException.class,
                    () -> throttle.check(ATTACKER, "ada")).retryAfter();
            waits.add(wait);
            clock.advance(wait);
            attempt(ATTACKER, "ada");
        }

        assertEquals(List.of(Duration.ofSeconds(20), Duration.ofSeconds(40), Duration.ofSeconds(80),
                Duration.ofSeconds(160), Duration.ofSeconds(320)), waits);
    }

    @Test
    void theWaitStopsGrowingAtAQuarterOfAnHour() {
        failTimes(40, ATTACKER, "ada");

        assertEquals(Duration.ofMinutes(15), assertThrows(TooManyFailedAttemptsException.class,
                () -> throttle.check(ATTACKER, "ada")).retryAfter());
    }

    @Test
    void aNameIsForgivenAWindowAfterItsWaitEndedQuietly() {
        failTimes(4, ATTACKER, "ada");
        clock.advance(Duration.ofSeconds(40 + 59));
        attempt(ATTACKER, "ada");
        assertEquals(Duration.ofSeconds(80), assertThrows(TooManyFailedAttemptsException.class,
                () -> throttle.check(ATTACKER, "ada")).retryAfter());

        clock.advance(Duration.ofSeconds(80 + 60));
        for (int i = 0; i < 3; i++) {
            attempt(ATTACKER, "ada");
        }

        assertThrows(TooManyFailedAttemptsException.class, () -> throttle.check(ATTACKER, "ada"));
    }

    /** The probe's lock-out: guesses at a name that is no user's from a shared address keep a user out no longer. */
    @Test
    void guessesAtOneNameFromAnAddressKeepNoOtherNameOutThere() {
        failTimes(12, OFFICE, "nobody");

        assertThrows(TooManyFailedAttemptsException.class, () -> throttle.check(OFFICE, "nobody"));
        assertDoesNotThrow(() -> throttle.check(OFFICE, "rita"));
        assertDoesNotThrow(() -> throttle.check(OFFICE, "ada"));
    }

    @Test
    void anAddressTryingManyNamesWaitsAfterTenTimesTheLimit() {
        for (int i = 0; i < 29; i++) {
            throttle.failed(ATTACKER, "name-" + i);
        }
        assertDoesNotThrow(() -> throttle.check(ATTACKER, "rita"));

        throttle.failed(ATTACKER, "name-29");

        assertThrows(TooManyFailedAttemptsException.class, () -> throttle.check(ATTACKER, "rita"));
        assertDoesNotThrow(() -> throttle.check(OFFICE, "rita"));
    }

    @Test
    void aNameGuessedFromManyAddressesWaitsAfterThreeTimesTheLimitExceptWhereItSignedInLately() {
        throttle.succeeded(OFFICE, "ada");
        for (int i = 1; i <= 10; i++) {
            throttle.failed("198.51.100." + i, "ada");
        }

        assertThrows(TooManyFailedAttemptsException.class, () -> throttle.check("198.51.100.200", "ada"));
        assertDoesNotThrow(() -> throttle.check(OFFICE, "ada"));
        assertDoesNotThrow(() -> throttle.check("198.51.100.200", "rita"));
        clock.advance(Duration.ofDays(1));
        for (int i = 1; i <= 10; i++) {
            throttle.failed("198.51.100." + i, "ada");
        }
        assertThrows(TooManyFailedAttemptsException.class, () -> throttle.check(OFFICE, "ada"));
    }

    @Test
    void aSuccessStartsTheNamesCountFromItsAddressAfresh() {
        failTimes(3, OFFICE, "ada");
        throttle.succeeded(OFFICE, "ada");
        failTimes(2, OFFICE, "ada");

        assertDoesNotThrow(() -> throttle.check(OFFICE, "ada"));
    }

    @Test
    void aLimitOfZeroRefusesNothing() {
        FailureThrottle off = new FailureThrottle(0, Duration.ofMinutes(1), clock);
        for (int i = 0; i < 1_000; i++) {
            off.failed(ATTACKER, "ada");
        }

        assertDoesNotThrow(() -> off.check(ATTACKER, "ada"));
    }

    /** An attempt as the accounts make one: checked, then counted as failed. */
    private void attempt(String address, String name) {
        throttle.check(address, name);
        throttle.failed(address, name);
    }

    private void failTimes(int times, String address, String name) {
        for (int i = 0; i < times; i++) {
            throttle.failed(address, name);
        }
    }

    /** A clock that stands still until told to move. */
    private static final class SteppingClock extends Clock {

        private Instant now = Instant.parse("2026-03-04T10:15:30Z");

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
