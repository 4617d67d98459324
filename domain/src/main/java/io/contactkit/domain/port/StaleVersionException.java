package io.contactkit.domain.port;

/** A repository's answer to an update based on a version that is no longer the stored one. */
public final class StaleVersionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaleVersionException(int contactId, long expectedVersion) {
        super("contact " + contactId + " is no longer at version " + expectedVersion);
    }
}
