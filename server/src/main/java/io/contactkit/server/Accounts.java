package io.contactkit.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.contactkit.domain.port.IdentityRepository;
import io.contactkit.domain.port.StoredSession;
import io.contactkit.domain.port.StoredToken;
import io.contactkit.domain.port.StoredUser;
import io.contactkit.domain.rights.Principal;
import io.contactkit.http.authentication.AccountStore;
import io.contactkit.http.authentication.Secrets;
import io.contactkit.http.authentication.SignIn;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The standalone server's accounts: the users, API tokens and sessions of an {@link IdentityRepository}, which the
 * servlet's built-in credential schemes are checked against. Every node on the same database sees the same ones.
 * What a node read from the repository it keeps for the {@link Builder#cacheTtl cache TTL}, so a sign-out, a
 * removed user or token, or a changed password takes effect on the node that made it at once and on every other
 * node within that time. Wrong passwords and tokens are limited per remote address and per user name, on each node
 * by itself (see {@link Builder#failedAttemptLimit}).
 */
final class Accounts implements AccountStore {

    private static final int DEFAULT_FAILED_ATTEMPTS = 10;
    private static final Duration DEFAULT_FAILURE_WINDOW = Duration.ofMinutes(1);
    private static final Duration DEFAULT_CACHE_TTL = Duration.ofSeconds(5);
    private static final Duration DEFAULT_SESSION_LIFETIME = Duration.ofHours(8);
    /** Expired sessions are swept from the database by a sign-in at most this often per node. */
    private static final Duration EXPIRED_SESSION_SWEEP = Duration.ofMinutes(1);
    private static final int MAX_CACHED = 10_000;
    /** What a ticket's XSRF token is derived from, with the ticket: a token can be checked without storing it. */
    private static final String XSRF_DERIVATION = "ContactKit XSRF token of ticket ";

    private final IdentityRepository identities;
    private final Cache<String, StoredUser> usersByName;
    private final Cache<String, StoredToken> tokensByDigest;
    private final Cache<String, StoredSession> sessionsByDigest;
    private final PasswordHash decoy;
    private final VerifiedCredentials verified;
    private final FailureThrottle throttle;
    private final Duration sessionLifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.MIN);

    private Accounts(Builder builder) {
        this.identities = builder.identities;
        this.clock = builder.clock;
        this.usersByName = cache(builder.cacheTtl, clock);
        this.tokensByDigest = cache(builder.cacheTtl, clock);
        this.sessionsByDigest = cache(builder.cacheTtl, clock);
        this.decoy = PasswordHash.decoy(builder.iterations, random);
        this.sessionLifetime = builder.sessionLifetime;
        this.verified = new VerifiedCredentials(random, Duration.ofMinutes(5), clock);
        this.throttle = new FailureThrottle(builder.failedAttempts, builder.failureWindow, clock);
    }

    static Builder builder(IdentityRepository identities) {
        return new Builder(identities);
    }

    @Override
    public Optional<SignIn> signIn(String userName, String password, String remoteAddress) {
        return storedUser(userName, password, remoteAddress).flatMap(this::newSession);
    }

    /** Ends the session here at once; other nodes drop what they kept of it within the cache TTL. */
    @Override
    public void signOut(String ticket) {
        String digest = Secrets.sha256(ticket);
        identities.removeSession(digest);
        sessionsByDigest.invalidate(digest);
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
        String digest = Secrets.sha256(token);
        Optional<StoredToken> stored = cached(tokensByDigest, digest, () -> identities.tokenByDigest(digest));
        if (stored.isEmpty()) {
            throttle.failed(remoteAddress, null);
        }
        return stored.map(found -> found.role().principal(found.name(), found.associateId()));
    }

    @Override
    public Optional<Principal> user(String userName, String password, String remoteAddress) {
        return storedUser(userName, password, remoteAddress).map(Accounts::principal);
    }

    @Override
    public Optional<SignIn> session(String ticket) {
        String digest = Secrets.sha256(ticket);
        Instant now = clock.instant();
        Optional<StoredSession> session = cached(sessionsByDigest, digest, () -> identities.session(digest, now));
        if (session.isEmpty() || !now.isBefore(session.get().expires())) {
            sessionsByDigest.invalidate(digest);
            return Optional.empty();
        }
        return Optional.of(new SignIn(ticket, xsrfToken(ticket), principal(session.get().user()),
                session.get().expires()));
    }

    /**
     * Checked against the limit first: while it holds, not even a right password gets in, or it would tell. Unknown
     * user names take as long and count alike, so neither the time nor the limit tells which names are users.
     */
    private Optional<StoredUser> storedUser(String userName, String password, String remoteAddress) {
        throttle.check(remoteAddress, userName);
        Optional<StoredUser> user = cached(usersByName, userName, () -> identities.user(userName));
        if (user.isEmpty()) {
            decoy.matches(password);
            throttle.failed(remoteAddress, userName);
            return Optional.empty();
        }
        String hash = user.get().passwordHash();
        if (verified.recentlyVerified(userName, hash, password)) {
            return user;
        }
        if (!PasswordHash.parse(hash).matches(password)) {
            throttle.failed(remoteAddress, userName);
            return Optional.empty();
        }
        verified.remember(userName, hash, password);
        return user;
    }

    /** Empty when the user was removed (on any node) between the password check and now. */
    private Optional<SignIn> newSession(StoredUser user) {
        Instant now = clock.instant();
        sweepExpiredSessions(now);
        String ticket = Secrets.random(random);
        StoredSession session = new StoredSession(Secrets.sha256(ticket), user, now.plus(sessionLifetime));
        if (!identities.addSession(session)) {
            return Optional.empty();
        }
        return Optional.of(new SignIn(ticket, xsrfToken(ticket), principal(user), session.expires()));
    }

    private void sweepExpiredSessions(Instant now) {
        Instant last = lastSweep.get();
        if (now.isAfter(last.plus(EXPIRED_SESSION_SWEEP)) && lastSweep.compareAndSet(last, now)) {
            identities.removeSessionsExpiredBy(now);
        }
    }

    /** A one-way function of the ticket: whoever holds the ticket can show it, and no one can reverse it. */
    private static String xsrfToken(String ticket) {
        return Secrets.sha256(XSRF_DERIVATION + ticket);
    }

    private static Principal principal(StoredUser user) {
        return user.role().principal(user.name(), user.associateId());
    }

    /** Only what was found is kept: a name or digest not found is asked again next time. */
    private static <T> Optional<T> cached(Cache<String, T> cache, String key,
                                          Supplier<Optional<T>> lookUp) {
        T kept = cache.getIfPresent(key);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<T> found = lookUp.get();
        found.ifPresent(value -> cache.put(key, value));
        return found;
    }

    private static <T> Cache<String, T> cache(Duration ttl, Clock clock) {
        return Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(MAX_CACHED)
                .ticker(() -> {
                    Instant now = clock.instant();
                    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
                })
                .build();
    }

    /** How the accounts check and keep what they read; the identities themselves are the repository's. */
    static final class Builder {

        private final IdentityRepository identities;
        private int iterations = PasswordHash.DEFAULT_ITERATIONS;
        private Duration sessionLifetime = DEFAULT_SESSION_LIFETIME;
        private Duration cacheTtl = DEFAULT_CACHE_TTL;
        private Clock clock = Clock.systemUTC();
        private int failedAttempts = DEFAULT_FAILED_ATTEMPTS;
        private Duration failureWindow = DEFAULT_FAILURE_WINDOW;

        private Builder(IdentityRepository identities) {
            this.identities = Objects.requireNonNull(identities, "identities");
        }

        /**
         * PBKDF2 iterations of the decoy an unknown user name is checked against: as many as the users' hashes
         * have, so that both take as long.
         */
        Builder passwordIterations(int iterations) {
            this.iterations = iterations;
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
         * How long users, tokens and sessions read from the repository are kept before they are read again: how
         * long a change made on another node may go unseen here. Zero reads them on every request. Default 5 s.
         */
        Builder cacheTtl(Duration ttl) {
            if (ttl.isNegative()) {
                throw new IllegalArgumentException("a cache TTL cannot be negative");
            }
            this.cacheTtl = ttl;
            return this;
        }

        /**
         * How many wrong passwords or API tokens one remote address, and one user name, may send per window (they
         * are allowed again evenly over it); beyond that, credentials are refused unchecked with
         * {@link io.contactkit.http.authentication.TooManyFailedAttemptsException}. 0 turns the limit off, for a
         * deployment that limits in front of the server. Each node counts for itself. Default 10 per minute.
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
    }
}
