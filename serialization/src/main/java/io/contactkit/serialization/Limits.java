package io.contactkit.serialization;

import java.io.InputStream;

/**
 * The bounds every request body is held to before and while it is parsed.
 *
 * @param maxBodyBytes    the largest body accepted, in bytes
 * @param maxDepth        the deepest nesting accepted: JSON objects and arrays, XML elements, segments of a form
 *                        field name; the body's root counts as level 1
 * @param maxStringLength the longest string (value or property name) accepted, in characters
 */
public record Limits(int maxBodyBytes, int maxDepth, int maxStringLength) {

    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    public static final int DEFAULT_MAX_DEPTH = 64;
    public static final int DEFAULT_MAX_STRING_LENGTH = 65_536;

    /** A body is buffered in full; an array of this size is the largest the JVM reliably allocates. */
    private static final int LARGEST_BUFFER = Integer.MAX_VALUE - 16;

    public Limits {
        if (maxBodyBytes < 1 || maxBodyBytes > LARGEST_BUFFER) {
            throw new IllegalArgumentException("maxBodyBytes must be between 1 and " + LARGEST_BUFFER);
        }
        if (maxDepth < 2) {
            throw new IllegalArgumentException("maxDepth must be at least 2: a contact nests below its root");
        }
        if (maxStringLength < 1) {
            throw new IllegalArgumentException("maxStringLength must be at least 1");
        }
    }

    /** 1 MiB bodies, 64 levels, strings of 65,536 characters. */
    public static Limits defaults() {
        return new Limits(DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_STRING_LENGTH);
    }

    /**
     * The body, read no further than {@link #maxBodyBytes()}: reading past it fails with
     * {@link BodyTooLargeException}, whatever length the body was announced with.
     */
    public InputStream bounded(InputStream body) {
        return new BoundedBody(body, maxBodyBytes);
    }

    /**
     * Refuses a body announced (by its Content-Length) as larger than {@link #maxBodyBytes()} before any of it is
     * read.
     *
     * @throws BodyTooLargeException when {@code declaredBytes} is over the limit
     */
    public void requireBodyWithin(long declaredBytes) {
        if (declaredBytes > maxBodyBytes) {
            throw new BodyTooLargeException(maxBodyBytes);
        }
    }

    public Limits withMaxBodyBytes(int bytes) {
        return new Limits(bytes, maxDepth, maxStringLength);
    }

    public Limits withMaxDepth(int depth) {
        return new Limits(maxBodyBytes, depth, maxStringLength);
    }

    public Limits withMaxStringLength(int length) {
        return new Limits(maxBodyBytes, maxDepth, length);
    }
}
