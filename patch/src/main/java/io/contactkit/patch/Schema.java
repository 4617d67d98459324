package io.contactkit.patch;

/**
 * What the patch engine knows about a place in a document: how path tokens name the members of an object there, what
 * may be stored there, and how what is stored there reads as a plain tree. {@link GenericSchema} knows nothing and matches exactly (RFC 6902 on any document);
 * {@link ContactSchema} follows the carriers' property model.
 */
interface Schema {

    /** Whether paths must start with {@code /}, as RFC 6901 says, or may leave it out. */
    boolean requiresLeadingSlash();

    /** Whether add and replace may target the whole document. */
    boolean replaceableAsWhole();

    /** The key under which an object here holds the member the token names; null when there is no such member. */
    String key(String token);

    /** Why no member is named by the token, for a token {@link #key} did not resolve. */
    String unknownMember(String token);

    /** Whether the member under the key is the server's to set: add, replace and remove must not touch it. */
    boolean readOnly(String key);

    /**
     * Whether a merge patch member the token names is passed over whatever it holds: what the server writes and owns
     * ({@code TableRight}, {@code UpdatedDate}, {@code _Links}, ...), which a client may send back as it got it.
     */
    boolean ignoredInMergePatch(String token);

    /**
     * Whether an object here has a fixed set of members that always exist: remove then resets a member to its empty
     * value instead of deleting it.
     */
    boolean fixedMembers();

    /** The schema of the member under the key, which {@link #key} returned. */
    Schema member(String key);

    /** The schema of an array element here. */
    Schema element();

    /**
     * The value to store here for the one an operation brought, in the form the rest of the document has.
     *
     * @throws io.contactkit.domain.failure.InvalidInputException from {@link Operation#refused} when it does not fit
     */
    Object accept(Operation operation, Object value);

    /** The form of a test's value to compare with what is stored here, {@link #written} as it is. */
    Object comparable(Object value);

    /**
     * A value of the working document here as a plain tree: what a test compares and an error names. A plain
     * document is its own tree; a contact's typed values are written as its document holds them.
     */
    Object written(Object working);
}
