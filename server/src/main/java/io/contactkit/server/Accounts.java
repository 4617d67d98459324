package io.contactkit.server;

import io.contactkit.domain.rights.Principal;
import io.contactkit.http.authentication.AccountStore;
import io.contactkit.http.authentication.Secrets;
import io.contactkit.http.authentication.SignIn;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The standalone server's accounts: configured users, API tokens, and the sessions issued at sign-in, which the
 * servlet's built-in credential schemes are checked against. Passwords are kept as salted PBKDF2 hashes, tokens and
 * tickets as SHA-256 digests. Wrong passwords and tokens are limited per remote address and per user name (see
 * {@link Builder#failedAttemptLimit}).
 */
final class Accounts implements AccountStore {

    private static final int DEFAULT_ITERATIONS = 600_000;
    private static final int DEFAULT_FAILED_ATTEMPTS = 10;
    private static final Duration DEFAULT_FAILURE_WINDOW = Duration.ofMinutes(1);

    private final Map<String, User> users;
    private final Map<String, Principal> tokensByDigest;
    private final Map<String, SignIn> sessionsByDigest = new ConcurrentHashMap<>();
    private final PasswordHash decoy;
    private final VerifiedCredentials verified;
    private final FailureThrottle throttle;
    private final Duration sessionLifetime;
    private final Clock clock;
    private final SecureRandom random;

    private Accounts(Builder builder) {
        this.users = Map.copyOf(builder.users);
        this.tokensByDigest = Map.copyOf(builder.tokens);
        this.decoy = PasswordHash.decoy(builder.iterations, builder.random);
        this.sessionLifetime = builder.sessionLifetime;
        this.clock = builder.clock;
        this.random = builder.random;
        this.verified = new VerifiedCredentials(random, Duration.ofMinutes(5), clock);
        this.throttle = new FailureThrottle(builder.failedAttempts, builder.failureWindow, clock);
    }

    static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<SignIn> signIn(String userName, String password, String remoteAddress) {
        return user(userName, password, remoteAddress).map(this::newSession);
    }

    @Override
    public void signOut(String ticket) {
        sessionsByDigest.remove(Secrets.sha256(ticket));
    }

    @Override
    public void unreadable(String remoteAddress) {
        throttle.check(remoteAddress, null);
        throttle.failed(remoteAddress, null);
    }

    /** API tokens are chosen by operators, so a weak one could be guessed: wrong tokens count as failures. */
    @Override
    public Optional<Principal> token(String token, String remoteAddress) {
        throttle.check(remoteAddress, null);
        Principal principal = tokensByDigest.get(Secrets.sha256(token));
        if (principal == null) {
            throttle.failed(remoteAddress, null);
        }
        return Optional.ofNullable(principal);
    }

    /**
     * Checked against the limit first: while it holds, not even a right password gets in, or it would tell. Unknown
     * user names take as long and count alike, so neither the time nor the limit tells which names are users.
     */
    @Override
    public Optional<Principal> user(String userName, String password, String remoteAddress) {
        throttle.check(remoteAddress, userName);
        User user = users.get(userName);
        if (user == null) {
            decoy.matches(password);
            throttle.failed(remoteAddress, userName);
            return Optional.empty();
        }
        if (verified.recentlyVerified(userName, password)) {
            return Optional.of(user.principal());
        }
        if (!user.password().matches(password)) {
            throttle.failed(remoteAddress, userName);
            return Optional.empty();
        }
        verified.remember(userName, password);
        return Optional.of(user.principal());
    }

    @Override
    public Optional<SignIn> session(String ticket) {
        String digest = Secrets.sha256(ticket);
        SignIn session = sessionsByDigest.get(digest);
        if (session == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(session.expires())) {
            sessionsByDigest.remove(digest, session);
            return Optional.empty();
        }
        return Optional.of(session);
    }

    private SignIn newSession(Principal principal) {
        Instant now = clock.instant();
        sessionsByDigest.values().removeIf(session -> !now.isBefore(session.expires()));
        SignIn session = new SignIn(Secrets.random(random), Secrets.random(random), principal,
                now.plus(sessionLifetime));
        sessionsByDigest.put(Secrets.sha256(session.ticket()), session);
        return session;
    }

    private record User(PasswordHash password, Principal principal) {
    }

    /** Collects users and tokens; passwords are hashed as they are added. */
    static final class Builder {

        private final Map<String, User> users = new LinkedHashMap<>();
        private final Map<String, Principal> tokens = new LinkedHashMap<>();
        private final SecureRandom random = new SecureRandom();
        private int iterations = DEFAULT_ITERATIONS;
        private Duration sessionLifetime = Duration.ofHours(8);
        private Clock clock = Clock.systemUTC();
        private int failedAttempts = DEFAULT_FAILED_ATTEMPTS;
        private Duration failureWindow = DEFAULT_FAILURE_WINDOW;

        private Builder() {
        }

        /**
         * PBKDF2 iterations for the passwords added after this call: the work factor every password guess costs.
         * The default follows the OWASP recommendation for PBKDF2-HMAC-SHA256.
         */
        Builder passwordIterations(int iterations) {
            if (iterations < 1_000) {
                throw new IllegalArgumentException("at least 1000 PBKDF2 iterations, not " + iterations);
            }
            this.iterations = iterations;
            return this;
        }

        Builder user(String name, String password, Role role) {
            return user(name, password, role, 0);
        }

        /** A user who acts as the given associate (recorded as CreatedBy and UpdatedBy). */
        Builder user(String name, String password, Role role, int associateId) {
            requireText(name, "user name");
            if (name.contains(":")) {
                throw new IllegalArgumentException("a user name cannot hold ':', where Basic credentials split");
            }
            requireText(password, "password");
            Objects.requireNonNull(role, "role");
            users.put(name, new User(PasswordHash.of(password, iterations, random), role.principal(name, associateId)));
            return this;
        }

        /** An API token for the Bearer scheme, known as {@code token-} and the start of its digest. */
        Builder token(String token, Role role) {
            requireText(token, "token");
            Objects.requireNonNull(role, "role");
            String digest = Secrets.sha256(token);
            tokens.put(digest, role.principal("token-" + digest.substring(0, 8), 0));
            return this;
        }

        Builder sessionLifetime(Duration lifetime) {
            if (lifetime.isNegative() || lifetime.isZero()) {
                throw new IllegalArgumentException("a session lifetime must be positive");
            }
            this.sessionLifetime = lifetime;
            return this;
        }

        /**
         * How many wrong passwords or API tokens one remote address, and one user name, may send per window (they
         * are allowed again evenly over it); beyond that, credentials are refused unchecked with
         * {@link TooManyFailedAttemptsException}. 0 turns the limit off, for a deployment that limits in front of
         * the server. Default 10 per minute.
         */
        Builder failedAttemptLimit(int attempts, Duration window) {
            if (attempts < 0) {
                throw new IllegalArgumentException("a number of failed attempts cannot be negative: " + attempts);
            }
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("the window of failed attempts must be positive");
            }
            this.failedAttempts = attempts;
            this.failureWindow = window;
            return this;
        }

        Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        Accounts build() {
            return new Accounts(this);
        }

        private static void requireText(String value, String what) {
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("a " + what + " must not be empty");
            }
        }
    }
}
