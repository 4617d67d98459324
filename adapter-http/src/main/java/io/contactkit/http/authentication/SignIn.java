package io.contactkit.http.authentication;

import io.contactkit.domain.rights.Principal;
import java.time.Instant;
import java.util.Objects;

/**
 * A session issued at sign-in.
 *
 * @param ticket    the secret that proves the session: sent as {@code Authorization: SoTicket <ticket>}, or as the
 *                  session cookie
 * @param xsrfToken the value a cookie-authenticated state-changing request must repeat in {@code X-XSRF-TOKEN}
 * @param principal who signed in
 * @param expires   when the ticket stops working
 */
public record SignIn(String ticket, String xsrfToken, Principal principal, Instant expires) {

    public SignIn {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(xsrfToken, "xsrfToken");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(expires, "expires");
    }

    @Override
    public String toString() {
        return "SignIn[" + principal.userName() + " until " + expires + "]";
    }
}
