package io.contactkit.domain.failure;

/** The store cannot be reached or failed mid-operation; nothing was written. */
public final class StorageUnavailableException extends ContactKitException {

    private static final long serialVersionUID = 1L;

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
