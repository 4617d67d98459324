package io.contactkit.domain.failure;

/** The acting user's rights do not allow the operation. */
public final class ForbiddenException extends ContactKitException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }
}
