package io.contactkit.domain.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.port.IdentityRepository;
import io.contactkit.domain.port.StoredSession;
import io.contactkit.domain.port.StoredToken;
import io.contactkit.domain.port.StoredUser;
import io.contactkit.domain.rights.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IdentityRepository} does, in memory as on each database. Tests share one repository per class,
 * so each uses names of its own; sessions expire in 2100 unless a test is about expiry.
 */
public abstract class IdentityRepositoryContract {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2100-01-01T00:00:00Z");

    /** The repository under test, the same one for every test of the class. */
    protected abstract IdentityRepository identities();

    @Test
    void anAddedUserIsFoundWithRoleAssociateAndHash() {
        StoredUser ada = user("contract-ada", Role.ADMIN, 1, "hash-of-ada");

        assertTrue(identities().addUser(ada));

        assertEquals(Optional.of(ada), identities().user("contract-ada"));
        assertEquals(Optional.empty(), identities().user("contract-ADA"), "names are matched exactly");
        assertEquals(Optional.empty(), identities().user("contract-nobody"));
    }

    @Test
    void aSecondUserOfTheSameNameIsRefusedAndChangesNothing() {
        StoredUser first = user("contract-twice", Role.READONLY, 2, "first-hash");
        identities().addUser(first);

        assertFalse(identities().addUser(user("contract-twice", Role.ADMIN, 1, "second-hash")));
        assertEquals(Optional.of(first), identities().user("contract-twice"));
    }

    @Test
    void usersAreListedByNameAndNamesBeyondAsciiSurvive() {
        identities().addUser(user("contract-list-b", Role.ADMIN, 0, "h"));
        identities().addUser(user("contract-list-a", Role.READONLY, 0, "h"));
        identities().addUser(user("contract-list-Åse Øvre", Role.READONLY, 0, "h"));

        List<String> names = identities().users().stream().map(StoredUser::name)
                .filter(name -> name.startsWith("contract-list-")).toList();

        assertEquals(List.of("contract-list-a", "contract-list-b", "contract-list-Åse Øvre"), names);
    }

    @Test
    void updatingAUserReplacesRoleAssociateAndHash() {
        identities().addUser(user("contract-update", Role.ADMIN, 1, "old-hash"));
        StoredUser changed = user("contract-update", Role.READONLY, 7, "new-hash");

        assertTrue(identities().updateUser(changed));
        assertFalse(identities().updateUser(user("contract-update-nobody", Role.ADMIN, 1, "h")));

        assertEquals(Optional.of(changed), identities().user("contract-update"));
        assertEquals(Optional.empty(), identities().user("contract-update-nobody"));
    }

    @Test
    void aNewPasswordEndsTheUsersSessionsAndANewRoleDoesNot() {
        StoredUser user = user("contract-password", Role.ADMIN, 1, "old-hash");
        identities().addUser(user);
        identities().addSession(session("password-1", user, LATER));

        identities().updateUser(user("contract-password", Role.READONLY, 1, "old-hash"));
        Optional<StoredSession> afterRoleChange = identities().session(digest("password-1"), NOW);
        identities().updateUser(user("contract-password", Role.READONLY, 1, "new-hash"));

        assertEquals(Role.READONLY, afterRoleChange.orElseThrow().user().role(), "a session has its user's role now");
        assertEquals(Optional.empty(), identities().session(digest("password-1"), NOW));
    }

    @Test
    void aRemovedUserIsGoneWithItsSessions() {
        StoredUser user = user("contract-remove", Role.ADMIN, 1, "h");
        StoredUser other = user("contract-remove-other", Role.ADMIN, 1, "h");
        identities().addUser(user);
        identities().addUser(other);
        identities().addSession(session("remove-1", user, LATER));
        identities().addSession(session("remove-2", other, LATER));

        assertTrue(identities().removeUser("contract-remove"));
        assertFalse(identities().removeUser("contract-remove"));

        assertEquals(Optional.empty(), identities().user("contract-remove"));
        assertEquals(Optional.empty(), identities().session(digest("remove-1"), NOW));
        assertTrue(identities().session(digest("remove-2"), NOW).isPresent());
        assertFalse(identities().addSession(session("remove-3", user, LATER)), "no session for a removed user");
    }

    @Test
    void aSessionIsFoundByItsTicketsDigestUntilItExpiresOrEnds() {
        StoredUser user = user("contract-session", Role.READONLY, 2, "h");
        identities().addUser(user);
        Instant expires = NOW.plusSeconds(3600);
        StoredSession session = session("session-1", user, expires);

        assertTrue(identities().addSession(session));

        assertEquals(Optional.of(session), identities().session(digest("session-1"), NOW));
        assertEquals(Optional.of(session), identities().session(digest("session-1"), expires.minusSeconds(1)));
        assertEquals(Optional.empty(), identities().session(digest("session-1"), expires));
        assertEquals(Optional.empty(), identities().session(digest("session-unknown"), NOW));
        identities().removeSession(digest("session-1"));
        assertEquals(Optional.empty(), identities().session(digest("session-1"), NOW));
        identities().removeSession(digest("session-1"));
    }

    @Test
    void expiredSessionsAreRemovedAndCounted() {
        StoredUser user = user("contract-expiry", Role.READONLY, 2, "h");
        identities().addUser(user);
        Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");
        identities().addSession(session("expiry-1", user, longAgo));
        identities().addSession(session("expiry-2", user, longAgo.plusSeconds(60)));
        identities().addSession(session("expiry-3", user, longAgo.plusSeconds(3600)));

        assertEquals(2, identities().removeSessionsExpiredBy(longAgo.plusSeconds(60)));

        assertTrue(identities().session(digest("expiry-3"), longAgo).isPresent());
        assertEquals(Optional.empty(), identities().session(digest("expiry-1"), longAgo.minusSeconds(1)));
    }

    @Test
    void tokensAreFoundByDigestListedByNameAndRemovedByName() {
        StoredToken reader = new StoredToken("contract-token-reader", digest("reader-token"), Role.READONLY, 2);
        StoredToken admin = new StoredToken("contract-token-admin", digest("admin-token"), Role.ADMIN, 1);

        assertTrue(identities().addToken(reader));
        assertTrue(identities().addToken(admin));

        assertEquals(Optional.of(reader), identities().tokenByDigest(digest("reader-token")));
        assertEquals(List.of(admin, reader), identities().tokens().stream()
                .filter(token -> token.name().startsWith("contract-token-")).toList());
        assertTrue(identities().removeToken("contract-token-reader"));
        assertFalse(identities().removeToken("contract-token-reader"));
        assertEquals(Optional.empty(), identities().tokenByDigest(digest("reader-token")));
        assertEquals(Optional.of(admin), identities().tokenByDigest(digest("admin-token")));
    }

    @Test
    void aTokenOfATakenNameOrDigestIsRefused() {
        StoredToken first = new StoredToken("contract-token-taken", digest("taken-token"), Role.READONLY, 0);
        identities().addToken(first);

        assertFalse(identities().addToken(new StoredToken("contract-token-taken", digest("other"), Role.ADMIN, 0)));
        assertFalse(identities().addToken(new StoredToken("contract-token-copy", digest("taken-token"), Role.ADMIN,
                0)));
        assertEquals(Optional.of(first), identities().tokenByDigest(digest("taken-token")));
        assertEquals(Optional.empty(), identities().tokenByDigest(digest("other")));
    }

    private static StoredUser user(String name, Role role, int associateId, String hash) {
        return new StoredUser(name, role, associateId, hash);
    }

    private static StoredSession session(String ticket, StoredUser user, Instant expires) {
        return new StoredSession(digest(ticket), user, expires);
    }

    /** The SHA-256 a keeper of credentials stores a secret under. */
    protected static String digest(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
