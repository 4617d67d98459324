package io.contactkit.domain.failure;

/**
 * The contact is not in the state the client made its request conditional on (If-Match, If-None-Match,
 * If-Unmodified-Since); nothing was changed.
 */
public final class PreconditionFailedException extends ContactKitException {

    private static final long serialVersionUID = 1L;

    public PreconditionFailedException(String message) {
        super(message);
    }
}
