package io.contactkit.domain.port;

import io.contactkit.domain.rights.Role;
import java.util.Objects;
import java.util.regex.Pattern;

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

    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    public StoredToken {
        IdentityNames.requireValid("token name", name);
        if (digest == null || !SHA_256_HEX.matcher(digest).matches()) {
            throw new IllegalArgumentException("a token digest is a SHA-256 in 64 lower-case hex digits");
        }
        Objects.requireNonNull(role, "role");
        if (associateId < 0) {
            throw new IllegalArgumentException("an associate id cannot be negative: " + associateId);
        }
    }
}
