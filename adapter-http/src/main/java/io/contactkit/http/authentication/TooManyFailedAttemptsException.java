package io.contactkit.http.authentication;

import java.time.Duration;
import java.util.Objects;

/**
 * Credentials refused unchecked, because too many wrong ones came from the same remote address or for the same user
 * name lately. The servlet answers 429 with {@code Retry-After}; an {@link Authenticator} of an embedding
 * application may throw it too.
 */
public final class TooManyFailedAttemptsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyFailedAttemptsException(Duration retryAfter) {
        super("too many failed attempts to authenticate; try again in " + wholeSeconds(retryAfter) + " s", null,
                false, false);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** How long until another attempt is checked. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The wait in whole seconds, rounded up and at least 1, as {@code Retry-After} gives it. */
    public long retryAfterSeconds() {
        return wholeSeconds(retryAfter);
    }

    private static long wholeSeconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
