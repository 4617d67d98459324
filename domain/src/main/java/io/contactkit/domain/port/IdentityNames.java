package io.contactkit.domain.port;

/** What a user's or an API token's name may be: what every store can keep and every credential scheme can carry. */
final class IdentityNames {

    /** Longer names are no one's; the stores' columns hold this many characters. */
    static final int MAX_LENGTH = 100;

    private IdentityNames() {
    }

    /**
     * @throws IllegalArgumentException for an empty or overlong name, or one holding ':' (where Basic credentials
     *                                  split), white space at either end, or a control character
     */
    static void requireValid(String what, String name) {
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
