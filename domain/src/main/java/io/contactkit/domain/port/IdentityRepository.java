package io.contactkit.domain.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The users, API tokens and signed-in sessions of a deployment, kept where its contacts are so that every node of it
 * sees the same ones. A repository is never given a secret: it keeps a password as its slow hash and a token or
 * ticket as its digest, and looks them up by that. Every method fails with
 * {@link io.contactkit.domain.failure.StorageUnavailableException} when the store cannot be reached; a method that
 * answers false has changed nothing.
 */
public interface IdentityRepository {

    Optional<StoredUser> user(String name);

    /** Every user, ordered by name. */
    List<StoredUser> users();

    /** @return false when a user of that name exists already */
    boolean addUser(StoredUser user);

    /**
     * Replaces the role, associate and password hash of the user of that name. When the password hash changes, every
     * session of the user ends: who signed in with the old password is signed out.
     *
     * @return false when there is no user of that name
     */
    boolean updateUser(StoredUser user);

    /**
     * Removes the user together with the user's sessions.
     *
     * @return false when there is no user of that name
     */
    boolean removeUser(String name);

    Optional<StoredToken> tokenByDigest(String digest);

    /** Every API token, ordered by name. */
    List<StoredToken> tokens();

    /** @return false when a token of that name, or with that digest, exists already */
    boolean addToken(StoredToken token);

    /** @return false when there is no token of that name */
    boolean removeToken(String name);

    /** @return false when the session's user no longer exists (removed since it signed in) */
    boolean addSession(StoredSession session);

    /** The session whose ticket has this digest, with its user as the store holds it now, unless it expired by then. */
    Optional<StoredSession> session(String ticketDigest, Instant now);

    /** Ends the session, if there is one. */
    void removeSession(String ticketDigest);

    /** @return how many sessions had expired by then and are now removed */
    int removeSessionsExpiredBy(Instant now);
}
