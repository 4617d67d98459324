package io.contactkit.server;

import io.contactkit.http.authentication.Authenticator;
import io.contactkit.http.authentication.Secrets;
import io.contactkit.http.authentication.SignIn;
import io.contactkit.domain.failure.ForbiddenException;
import io.contactkit.domain.rights.Principal;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built-in authenticator: configured users (Basic), API tokens (Bearer), and sessions issued at sign-in (the
 * {@code SoTicket} scheme, or a cookie that is good for a state-changing request only together with its XSRF token).
 * Passwords are kept as salted PBKDF2 hashes, tokens and tickets as SHA-256 digests. Wrong passwords and tokens
 * are limited per remote address and per user name (see {@link Builder#failedAttemptLimit}).
 */
public final class Accounts implements Authenticator {

    /** The cookie that carries a signed-in session's ticket; HttpOnly. */
    public static final String SESSION_COOKIE = "ContactKitSession";
    /** The cookie a browser client reads the XSRF token from; deliberately not HttpOnly. */
    public static final String XSRF_COOKIE = "XSRF-TOKEN";
    /** The header a cookie-authenticated state-changing request repeats the XSRF token in. */
    public static final String XSRF_HEADER = "X-XSRF-TOKEN";

    private static final String REALM = "ContactKit";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
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

    public static Builder builder() {
        return new Builder();
    }

    /**
     * @throws TooManyFailedAttemptsException when too many wrong passwords or tokens came from the request's address,
     *                                        or for the user it names, lately
     */
    @Override
    public Optional<Principal> authenticate(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            return byAuthorization(authorization.trim(), request.getRemoteAddr());
        }
        return bySessionCookie(request);
    }

    @Override
    public List<String> challenges() {
        return List.of("Basic realm=\"" + REALM + "\", charset=\"UTF-8\"", "Bearer realm=\"" + REALM + "\"",
                "SoTicket realm=\"" + REALM + "\"");
    }

    /**
     * A new session for the user, if the password is right.
     *
     * @param remoteAddress where the attempt comes from, for the limit on failed attempts
     * @throws TooManyFailedAttemptsException when too many attempts from the address or for the user failed lately
     */
    public Optional<SignIn> signIn(String userName, String password, String remoteAddress) {
        return verifiedUser(userName, password, remoteAddress).map(this::newSession);
    }

    /**
     * A new session for the user an {@code Authorization: Basic} header names, if the password is right.
     *
     * @param remoteAddress where the attempt comes from, for the limit on failed attempts
     * @throws TooManyFailedAttemptsException when too many attempts from the address or for the user failed lately
     */
    public Optional<SignIn> signInBasic(String authorization, String remoteAddress) {
        return byBasic(authorization.trim(), remoteAddress).map(this::newSession);
    }

    /** Ends the session whose ticket the request carries (SoTicket header or session cookie), if any. */
    public void signOut(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        boolean byHeader = authorization != null && authorization.trim().regionMatches(true, 0, "SoTicket ", 0, 9);
        Optional<String> ticket = byHeader ? Optional.of(authorization.trim().substring(9).trim())
                : cookie(request, SESSION_COOKIE);
        ticket.ifPresent(value -> sessionsByDigest.remove(Secrets.sha256(value)));
    }

    private Optional<Principal> byAuthorization(String authorization, String remoteAddress) {
        int space = authorization.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        String scheme = authorization.substring(0, space).toLowerCase(Locale.ROOT);
        String credentials = authorization.substring(space + 1).trim();
        switch (scheme) {
            case "basic":
                return byBasic(authorization, remoteAddress);
            case "bearer":
                return byToken(credentials, remoteAddress);
            // a ticket is 256 random bits of the server's making: nothing to guess, so nothing to limit
            case "soticket":
                return liveSession(credentials).map(SignIn::principal);
            default:
                return Optional.empty();
        }
    }

    private Optional<Principal> byBasic(String authorization, String remoteAddress) {
        Optional<Credentials> credentials = basicCredentials(authorization);
        if (credentials.isEmpty()) {
            throttle.check(remoteAddress, null);
            throttle.failed(remoteAddress, null);
            return Optional.empty();
        }
        return verifiedUser(credentials.get().userName(), credentials.get().password(), remoteAddress);
    }

    /** API tokens are chosen by operators, so a weak one could be guessed: wrong tokens count as failures. */
    private Optional<Principal> byToken(String token, String remoteAddress) {
        throttle.check(remoteAddress, null);
        Principal principal = tokensByDigest.get(Secrets.sha256(token));
        if (principal == null) {
            throttle.failed(remoteAddress, null);
        }
        return Optional.ofNullable(principal);
    }

    /** The user name and password of an {@code Authorization: Basic} header. */
    private static Optional<Credentials> basicCredentials(String authorization) {
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty()
                : Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    /**
     * Checked against the limit first: while it holds, not even a right password gets in, or it would tell. Unknown
     * user names take as long and count alike, so neither the time nor the limit tells which names are users.
     */
    private Optional<Principal> verifiedUser(String userName, String password, String remoteAddress) {
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

    private Optional<Principal> bySessionCookie(HttpServletRequest request) {
        Optional<SignIn> session = cookie(request, SESSION_COOKIE).flatMap(this::liveSession);
        if (session.isEmpty()) {
            return Optional.empty();
        }
        if (!SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            requireXsrfToken(request, session.get());
        }
        return Optional.of(session.get().principal());
    }

    /** The double-submit check: header, cookie and the session's own token must all agree. */
    private static void requireXsrfToken(HttpServletRequest request, SignIn session) {
        String header = request.getHeader(XSRF_HEADER);
        String cookie = cookie(request, XSRF_COOKIE).orElse(null);
        if (header == null || cookie == null || !Secrets.sameText(header, cookie)
                || !Secrets.sameText(header, session.xsrfToken())) {
            throw new ForbiddenException("a request authenticated by the session cookie must repeat the "
                    + XSRF_COOKIE + " cookie in the " + XSRF_HEADER + " header");
        }
    }

    private Optional<SignIn> liveSession(String ticket) {
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

    private static Optional<String> cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name)) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private record User(PasswordHash password, Principal principal) {
    }

    private record Credentials(String userName, String password) {

        @Override
        public String toString() {
            return "Credentials[" + userName + "]";
        }
    }

    /** Collects users and tokens; passwords are hashed as they are added. */
    public static final class Builder {

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
        public Builder passwordIterations(int iterations) {
            if (iterations < 1_000) {
                throw new IllegalArgumentException("at least 1000 PBKDF2 iterations, not " + iterations);
            }
            this.iterations = iterations;
            return this;
        }

        public Builder user(String name, String password, Role role) {
            return user(name, password, role, 0);
        }

        /** A user who acts as the given associate (recorded as CreatedBy and UpdatedBy). */
        public Builder user(String name, String password, Role role, int associateId) {
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
        public Builder token(String token, Role role) {
            requireText(token, "token");
            Objects.requireNonNull(role, "role");
            String digest = Secrets.sha256(token);
            tokens.put(digest, role.principal("token-" + digest.substring(0, 8), 0));
            return this;
        }

        public Builder sessionLifetime(Duration lifetime) {
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
        public Builder failedAttemptLimit(int attempts, Duration window) {
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

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Accounts build() {
            return new Accounts(this);
        }

        private static void requireText(String value, String what) {
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("a " + what + " must not be empty");
            }
        }
    }
}
