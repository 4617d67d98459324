package io.contactkit.serialization;

import io.contactkit.domain.failure.ContactKitException;

/** A request body larger than {@link Limits#maxBodyBytes()}: refused before more of it is read (HTTP 413). */
public final class BodyTooLargeException extends ContactKitException {

    private static final long serialVersionUID = 1L;

    BodyTooLargeException(long maxBytes) {
        super("the request body is larger than " + maxBytes + " bytes");
    }
}
