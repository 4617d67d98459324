package io.contactkit.domain.failure;

/**
 * A failure the core reports to its callers. Each subtype is one kind of failure; the HTTP adapter maps each kind to
 * one status code.
 */
public abstract class ContactKitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected ContactKitException(String message) {
        super(message);
    }

    protected ContactKitException(String message, Throwable cause) {
        super(message, cause);
    }
}
