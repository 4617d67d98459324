package io.contactkit.server;

import io.contactkit.domain.port.IdentityRepository;
import io.contactkit.domain.port.StoredToken;
import io.contactkit.domain.port.StoredUser;
import io.contactkit.domain.rights.Role;
import io.contactkit.http.authentication.Secrets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Adds, changes and removes users and API tokens: for the {@code users} and {@code tokens} commands, and at start for
 * the first admin and the users and tokens of the command line. Passwords are hashed here, tokens digested; neither
 * is kept.
 */
final class IdentityAdministration {

    /** The sample associates the store starts with: whom a new user's changes are recorded as, by role. */
    static final int ADMIN_ASSOCIATE = 1;
    static final int READER_ASSOCIATE = 2;
    static final String FIRST_ADMIN = "admin";

    private final IdentityRepository identities;
    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    IdentityAdministration(IdentityRepository identities, int iterations) {
        if (iterations < PasswordHash.MIN_ITERATIONS) {
            throw new IllegalArgumentException("at least " + PasswordHash.MIN_ITERATIONS
                    + " PBKDF2 iterations, not " + iterations);
        }
        this.identities = identities;
        this.iterations = iterations;
    }

    /** The associate a user or token of the role acts as unless told otherwise. */
    static int defaultAssociate(Role role) {
        return role == Role.ADMIN ? ADMIN_ASSOCIATE : READER_ASSOCIATE;
    }

    /** @return false when the name is taken */
    boolean addUser(String name, Role role, int associateId, String password) {
        return identities.addUser(new StoredUser(name, role, associateId, hash(password)));
    }

    /**
     * A new password for the user, which ends the user's sessions on every node.
     *
     * @return false when there is no such user
     */
    boolean changePassword(String name, String password) {
        Optional<StoredUser> user = identities.user(name);
        return user.isPresent() && identities.updateUser(new StoredUser(name, user.get().role(),
                user.get().associateId(), hash(password)));
    }

    /** @return false when there is no such user */
    boolean removeUser(String name) {
        return identities.removeUser(name);
    }

    /**
     * The user as given, whether or not the store has it already: what {@code --user} asks for at each start. A user
     * whose password, role and associate are as given is left alone, sessions and all.
     */
    void ensureUser(String name, Role role, int associateId, String password) {
        Optional<StoredUser> stored = identities.user(name);
        if (stored.isEmpty()) {
            if (addUser(name, role, associateId, password)) {
                return;
            }
            stored = identities.user(name); // another node added it meanwhile
        }
        StoredUser user = stored.orElseThrow();
        boolean samePassword = PasswordHash.parse(user.passwordHash()).matches(password);
        if (samePassword && user.role() == role && user.associateId() == associateId) {
            return;
        }
        identities.updateUser(new StoredUser(name, role, associateId,
                samePassword ? user.passwordHash() : hash(password)));
    }

    /**
     * Creates {@code admin} with a random password when the store has no user at all, as on the first start.
     *
     * @return the password, shown once; empty when there were users already (or another node created admin first)
     */
    Optional<String> createFirstAdminIfNoUsers() {
        if (!identities.users().isEmpty()) {
            return Optional.empty();
        }
        String password = randomPassword();
        return addUser(FIRST_ADMIN, Role.ADMIN, ADMIN_ASSOCIATE, password) ? Optional.of(password)
                : Optional.empty();
    }

    /**
     * A new API token of 256 random bits under the name.
     *
     * @return the token, to be shown once; empty when the name is taken
     */
    Optional<String> addToken(String name, Role role, int associateId) {
        String token = Secrets.random(random);
        return addToken(name, token, role, associateId) ? Optional.of(token) : Optional.empty();
    }

    /** @return false when the name, or the token, is taken */
    boolean addToken(String name, String token, Role role, int associateId) {
        return identities.addToken(new StoredToken(name, Secrets.sha256(token), role, associateId));
    }

    /**
     * The token as {@code --token} gives it, named {@code token-} and the start of its digest, unless the store has
     * that token already.
     */
    void ensureToken(String token, Role role) {
        String digest = Secrets.sha256(token);
        if (identities.tokenByDigest(digest).isEmpty()) {
            identities.addToken(new StoredToken("token-" + digest.substring(0, 8), digest, role,
                    defaultAssociate(role)));
        }
    }

    /** @return false when there is no such token */
    boolean removeToken(String name) {
        return identities.removeToken(name);
    }

    private String hash(String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("a password must not be empty");
        }
        return PasswordHash.of(password, iterations, random).encoded();
    }

    private String randomPassword() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
