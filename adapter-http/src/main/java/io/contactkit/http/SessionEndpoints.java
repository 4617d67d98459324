package io.contactkit.http;

import io.contactkit.http.authentication.AccountStore;
import io.contactkit.http.authentication.BuiltInAuthenticator;
import io.contactkit.http.authentication.SignIn;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sign-in and sign-out against an {@link AccountStore}: a session is a ticket (for {@code Authorization: SoTicket})
 * that is also set as an HttpOnly cookie, and an XSRF token set as a cookie a browser script can read and repeat.
 */
final class SessionEndpoints {

    private final AccountStore accounts;
    private final BuiltInAuthenticator credentials;

    SessionEndpoints(AccountStore accounts, BuiltInAuthenticator credentials) {
        this.accounts = accounts;
        this.credentials = credentials;
    }

    /**
     * Signs in with Basic credentials or a form body of {@code UserName} and {@code Password}; answers the ticket and
     * XSRF token in JSON and sets both cookies.
     */
    void signIn(Exchange exchange) {
        String authorization = exchange.header("Authorization");
        String address = exchange.request().getRemoteAddr();
        Optional<SignIn> signedIn = authorization != null ? credentials.signInBasic(authorization, address)
                : form(exchange).flatMap(credentials -> accounts.signIn(credentials.userName(),
                        credentials.password(), address));
        SignIn session = signedIn.orElseThrow(() -> RequestRefused.unauthenticated(credentials.challenges()));
        HttpServletResponse response = exchange.response();
        long maxAge = Duration.between(Instant.now(), session.expires()).toSeconds();
        response.addCookie(cookie(exchange, BuiltInAuthenticator.SESSION_COOKIE, session.ticket(), maxAge, true));
        response.addCookie(cookie(exchange, BuiltInAuthenticator.XSRF_COOKIE, session.xsrfToken(), maxAge, false));
        response.setHeader("Cache-Control", "no-store");
        // the values are base64url and an ISO instant: nothing in them needs escaping
        String json = "{\"Ticket\":\"" + session.ticket() + "\",\"XsrfToken\":\"" + session.xsrfToken()
                + "\",\"Expires\":\"" + session.expires() + "\"}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        response.setStatus(200);
        response.setContentType("application/json; charset=utf-8");
        response.setContentLength(body.length);
        exchange.stampServerTiming();
        try {
            response.getOutputStream().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the session the request was authenticated by, and clears both cookies. */
    void signOut(Exchange exchange) {
        credentials.signOut(exchange.request());
        HttpServletResponse response = exchange.response();
        response.addCookie(cookie(exchange, BuiltInAuthenticator.SESSION_COOKIE, "", 0, true));
        response.addCookie(cookie(exchange, BuiltInAuthenticator.XSRF_COOKIE, "", 0, false));
        response.setStatus(204);
        exchange.stampServerTiming();
    }

    /** No body means no credentials, which is a 401 with the challenges like any other sign-in without them. */
    private static Optional<Credentials> form(Exchange exchange) {
        if (!exchange.hasBody()) {
            return Optional.empty();
        }
        String text;
        try (InputStream body = exchange.body()) {
            text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        QueryParameters fields = new QueryParameters(text);
        Optional<String> userName = fields.first("UserName");
        Optional<String> password = fields.first("Password");
        return userName.isPresent() && password.isPresent()
                ? Optional.of(new Credentials(userName.get(), password.get())) : Optional.empty();
    }

    private static Cookie cookie(Exchange exchange, String name, String value, long maxAge, boolean httpOnly) {
        Cookie cookie = new Cookie(name, value);
        String contextPath = exchange.request().getContextPath();
        cookie.setPath(contextPath.isEmpty() ? "/" : contextPath);
        cookie.setMaxAge((int) Math.min(Integer.MAX_VALUE, maxAge));
        cookie.setHttpOnly(httpOnly);
        cookie.setSecure(exchange.request().isSecure());
        cookie.setAttribute("SameSite", "Strict");
        return cookie;
    }

    private record Credentials(String userName, String password) {

        @Override
        public String toString() {
            return "Credentials[" + userName + "]";
        }
    }
}
