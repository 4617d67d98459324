package io.contactkit.domain.port;

import io.contactkit.domain.rights.Role;
import java.util.Objects;

/**
 * An API token for the Bearer scheme as an {@link IdentityRepository} keeps it: by name and by the digest of the
 * token, never the token itself.
 *
 * @param name        what operators call it, and whom changes made with it are recorded as acting
 * @param digest      the SHA-256 of the token, 64 lower-case hex digits
 * @param role        what its holder may do
 * @param associateId the associate changes made with it are recorded as; 0 for none
 */
public record StoredToken(String name, String digest, Role role, int associateId) {

    public StoredToken {
        IdentityRules.requireName("token name", name);
        IdentityRules.requireDigest("token digest", digest);
        Objects.requireNonNull(role, "role");
        if (associateId < 0) {
            throw new IllegalArgumentException("an associate id cannot be negative: " + associateId);
        }
    }
}
