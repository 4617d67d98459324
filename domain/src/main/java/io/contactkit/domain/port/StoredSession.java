package io.contactkit.domain.port;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in session as an {@link IdentityRepository} keeps it: by the digest of its ticket, never the ticket.
 *
 * @param ticketDigest the SHA-256 of the ticket, 64 lower-case hex digits
 * @param user         who signed in, as the store holds the user now
 * @param expires      when the ticket stops working
 */
public record StoredSession(String ticketDigest, StoredUser user, Instant expires) {

    public StoredSession {
        IdentityRules.requireDigest("ticket digest", ticketDigest);
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(expires, "expires");
    }
}
