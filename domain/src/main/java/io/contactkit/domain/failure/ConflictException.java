package io.contactkit.domain.failure;

/**
 * The request contradicts the entity's current state: a patch {@code test} that did not hold, or an update that lost
 * a race with another writer more often than the core retries.
 */
public final class ConflictException extends ContactKitException {

    private static final long serialVersionUID = 1L;

    private final String path;

    public ConflictException(String path, String message) {
        super(message);
        this.path = path;
    }

    /** The property path or patch path in conflict; empty when the whole entity is. */
    public String path() {
        return path;
    }
}
