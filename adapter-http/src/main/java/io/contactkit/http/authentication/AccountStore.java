package io.contactkit.http.authentication;

import io.contactkit.domain.rights.Principal;
import java.util.Optional;

/**
 * The users, API tokens and sessions the built-in credential schemes are checked against ({@link
 * BuiltInAuthenticator}): Basic and sign-in by user name and password, Bearer by API token, {@code SoTicket} and
 * the session cookie by the ticket a sign-in issued. The servlet reads the credentials off the request; a store only
 * answers whether they are right. Where wrong credentials are limited, each method that takes a remote address
 * throws {@link TooManyFailedAttemptsException} while the address, or the user name, is over its limit.
 */
public interface AccountStore {

    /** The user, if the password is the user's. */
    Optional<Principal> user(String userName, String password, String remoteAddress);

    /** Credentials that could not even be read (a malformed Basic header): counted as a failed attempt. */
    void unreadable(String remoteAddress);

    /** The holder of the API token, if it is one. */
    Optional<Principal> token(String token, String remoteAddress);

    /** The live session the ticket proves, if any. */
    Optional<SignIn> session(String ticket);

    /** A new session for the user, if the password is the user's. */
    Optional<SignIn> signIn(String userName, String password, String remoteAddress);

    /** Ends the session of the ticket, if there is one. */
    void signOut(String ticket);
}
