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
import org.junit.jupiter.api.Test;

class FailureThrottleTest {

    private static final String ATTACKER = "192.0.2.66";
    private static final String OTHER = "192.0.2.7";

    private final SteppingClock clock = new SteppingClock();
    private final FailureThrottle throttle = new FailureThrottle(3, Duration.ofSeconds(30), clock);

    @Test
    void theLimitOfFailuresFromOneAddressRefusesFurtherAttemptsUntilOneIsAllowedAgain() {
        failTimes(3, ATTACKER, null);

        TooManyFailedAttemptsException refused = assertThrows(TooManyFailedAttemptsException.class,
                () -> throttle.check(ATTACKER, null));
        assertEquals(Duration.ofSeconds(10), refused.retryAfter());
        assertEquals(10, refused.retryAfterSeconds());

        clock.advance(Duration.ofSeconds(9));
        assertThrows(TooManyFailedAttemptsException.class, () -> throttle.check(ATTACKER, null));
        clock.advance(Duration.ofSeconds(1));
        assertDoesNotThrow(() -> throttle.check(ATTACKER, null));
        throttle.failed(ATTACKER, null);
        assertThrows(TooManyFailedAttemptsException.class, () -> throttle.check(ATTACKER, null));
    }

    @Test
    void failuresAgainstOneUserNameFromManyAddressesRefuseThatNameOnly() {
        for (int i = 1; i <= 3; i++) {
            throttle.check("192.0.2." + i, "ada");
            throttle.failed("192.0.2." + i, "ada");
        }

        assertThrows(TooManyFailedAttemptsException.class, () -> throttle.check("192.0.2.99", "ada"));
        assertDoesNotThrow(() -> throttle.check("192.0.2.99", "rita"));
        assertDoesNotThrow(() -> throttle.check("192.0.2.1", null));
    }

    @Test
    void anotherAddressKeepsItsOwnAllowance() {
        failTimes(5, ATTACKER, null);

        assertThrows(TooManyFailedAttemptsException.class, () -> throttle.check(ATTACKER, "rita"));
        assertDoesNotThrow(() -> throttle.check(OTHER, "rita"));
    }

    @Test
    void aLongBurstIsRefusedLongerButAtMostForTwoWindows() {
        failTimes(100, ATTACKER, null);

        TooManyFailedAttemptsException refused = assertThrows(TooManyFailedAttemptsException.class,
                () -> throttle.check(ATTACKER, null));
        assertEquals(Duration.ofSeconds(40), refused.retryAfter());
    }

    @Test
    void aLimitOfZeroRefusesNothing() {
        FailureThrottle off = new FailureThrottle(0, Duration.ofMinutes(1), clock);
        for (int i = 0; i < 1_000; i++) {
            off.failed(ATTACKER, "ada");
        }

        assertDoesNotThrow(() -> off.check(ATTACKER, "ada"));
    }

    private void failTimes(int times, String address, String userName) {
        for (int i = 0; i < times; i++) {
            throttle.failed(address, userName);
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
