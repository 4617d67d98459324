package io.contactkit.http.authentication;

import io.contactkit.domain.failure.ForbiddenException;
import io.contactkit.domain.rights.Principal;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in credential schemes, checked against an {@link AccountStore}: Basic (user name and password), Bearer
 * (an API token), and a signed-in session's ticket, sent as {@code Authorization: SoTicket} or as the session
 * cookie, which is good for a state-changing request only together with its XSRF token.
 */
public final class BuiltInAuthenticator implements Authenticator {

    /** The cookie that carries a signed-in session's ticket; HttpOnly. */
    public static final String SESSION_COOKIE = "ContactKitSession";
    /** The cookie a browser client reads the XSRF token from; deliberately not HttpOnly. */
    public static final String XSRF_COOKIE = "XSRF-TOKEN";
    /** The header a cookie-authenticated state-changing request repeats the XSRF token in. */
    public static final String XSRF_HEADER = "X-XSRF-TOKEN";

    private static final String REALM = "ContactKit";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String TICKET_SCHEME = "SoTicket ";

    private final AccountStore accounts;

    public BuiltInAuthenticator(AccountStore accounts) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
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
     * A new session for the user an {@code Authorization: Basic} header names, if the password is right.
     *
     * @param remoteAddress where the attempt comes from, for the limit on failed attempts
     * @throws TooManyFailedAttemptsException when too many attempts from the address or for the user failed lately
     */
    public Optional<SignIn> signInBasic(String authorization, String remoteAddress) {
        Optional<Credentials> credentials = basicCredentials(authorization.trim());
        if (credentials.isEmpty()) {
            accounts.unreadable(remoteAddress);
            return Optional.empty();
        }
        return accounts.signIn(credentials.get().userName(), credentials.get().password(), remoteAddress);
    }

    /** Ends the session whose ticket the request carries (SoTicket header or session cookie), if any. */
    public void signOut(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        boolean byHeader = authorization != null
                && authorization.trim().regionMatches(true, 0, TICKET_SCHEME, 0, TICKET_SCHEME.length());
        Optional<String> ticket = byHeader ? Optional.of(authorization.trim().substring(TICKET_SCHEME.length()).trim())
                : cookie(request, SESSION_COOKIE);
        ticket.ifPresent(accounts::signOut);
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
                return accounts.token(credentials, remoteAddress);
            // a ticket is 256 random bits of the server's making: nothing to guess, so nothing to limit
            case "soticket":
                return accounts.session(credentials).map(SignIn::principal);
            default:
                return Optional.empty();
        }
    }

    private Optional<Principal> byBasic(String authorization, String remoteAddress) {
        Optional<Credentials> credentials = basicCredentials(authorization);
        if (credentials.isEmpty()) {
            accounts.unreadable(remoteAddress);
            return Optional.empty();
        }
        return accounts.user(credentials.get().userName(), credentials.get().password(), remoteAddress);
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

    private Optional<Principal> bySessionCookie(HttpServletRequest request) {
        Optional<SignIn> session = cookie(request, SESSION_COOKIE).flatMap(accounts::session);
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

    private record Credentials(String userName, String password) {

        @Override
        public String toString() {
            return "Credentials[" + userName + "]";
        }
    }
}
