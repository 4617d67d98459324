package io.contactkit.domain.port;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A signed-in session as an {@link IdentityRepository} keeps it: by the digest of its ticket, never the ticket.
 *
 * @param ticketDigest the SHA-256 of the ticket, 64 lower-case hex digits
 * @param user         who signed in, as the store holds the user now
 * @param expires      when the ticket stops working
 */
public record StoredSession(String ticketDigest, StoredUser user, Instant expires) {

    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    public StoredSession {
        if (ticketDigest == null || !SHA_256_HEX.matcher(ticketDigest).matches()) {
            throw new IllegalArgumentException("a ticket digest is a SHA-256 in 64 lower-case hex digits");
        }
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(expires, "expires");
    }
}
