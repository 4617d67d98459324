package io.contactkit.http.authentication;

import io.contactkit.domain.rights.Principal;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;

/**
 * Decides who sends a request. The servlet asks it once per request, before anything else happens; an embedding
 * application plugs in its own (an OAuth resource server, its container's login) in place of the
 * {@link BuiltInAuthenticator}.
 */
public interface Authenticator {

    /**
     * The user the request's credentials prove.
     *
     * @return empty when the request carries no credentials or wrong ones: the servlet answers 401 without saying
     *         which
     * @throws io.contactkit.domain.failure.ForbiddenException when the credentials are right but the request may not
     *         use them this way (a cookie session on a state-changing request without its XSRF token)
     * @throws TooManyFailedAttemptsException when the credentials are refused unchecked, after too many wrong ones
     *         from the same client: the servlet answers 429 with Retry-After
     */
    Optional<Principal> authenticate(HttpServletRequest request);

    /** The {@code WWW-Authenticate} challenges a 401 answer carries, one header each. */
    List<String> challenges();
}
