package io.contactkit.domain.port;

import io.contactkit.domain.rights.Role;
import java.util.Objects;

/**
 * A user as an {@link IdentityRepository} keeps it.
 *
 * @param name         the sign-in name: 1 to 100 characters, without ':', control characters or white space at
 *                     either end
 * @param role         what the user may do
 * @param associateId  the associate the user's changes are recorded as (CreatedBy, UpdatedBy); 0 for none
 * @param passwordHash the password's slow, salted hash in a self-describing text form; never the password
 */
public record StoredUser(String name, Role role, int associateId, String passwordHash) {

    public StoredUser {
        IdentityRules.requireName("user name", name);
        Objects.requireNonNull(role, "role");
        if (associateId < 0) {
            throw new IllegalArgumentException("an associate id cannot be negative: " + associateId);
        }
        if (passwordHash == null || passwordHash.isEmpty()) {
            throw new IllegalArgumentException("a user needs a password hash");
        }
    }

    @Override
    public String toString() {
        return "StoredUser[" + name + ", " + role + ", associate " + associateId + "]";
    }
}
