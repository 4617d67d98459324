package io.contactkit.serialization;

import io.contactkit.domain.failure.ContactKitException;
import java.util.List;

/** A request body in a media type or charset this endpoint does not read: HTTP 415. */
public final class UnsupportedMediaTypeException extends ContactKitException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> supported;

    UnsupportedMediaTypeException(String message, List<String> supported) {
        super(message);
        this.supported = List.copyOf(supported);
    }

    /** The media types the endpoint reads, for an {@code Accept-Post} or {@code Accept-Patch} header. */
    public List<String> supported() {
        return supported;
    }
}
