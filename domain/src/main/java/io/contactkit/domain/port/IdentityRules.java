package io.contactkit.domain.port;

import java.util.regex.Pattern;

/**
 * What identities are made of: names every store can keep and every credential scheme can carry, and the digests
 * secrets are kept as.
 */
final class IdentityRules {

    /** Longer names are no one's; the stores' columns hold this many characters. */
    static final int MAX_LENGTH = 100;
    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    private IdentityRules() {
    }

    /** @throws IllegalArgumentException unless the digest is a SHA-256 in 64 lower-case hex digits */
    static void requireDigest(String what, String digest) {
        if (digest == null || !SHA_256_HEX.matcher(digest).matches()) {
            throw new IllegalArgumentException("a " + what + " is a SHA-256 in 64 lower-case hex digits");
        }
    }

    /**
     * @throws IllegalArgumentException for an empty or overlong name, or one holding ':' (where Basic credentials
     *                                  split), white space at either end, or a control character
     */
    static void requireName(String what, String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a " + what + " must not be empty");
        }
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a " + what + " has at most " + MAX_LENGTH + " characters");
        }
        if (name.indexOf(':') >= 0) {
            throw new IllegalArgumentException("a " + what + " cannot hold ':', where Basic credentials split");
        }
        if (!name.strip().equals(name) || name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a " + what + " cannot start or end with white space or hold"
                    + " control characters");
        }
    }
}
