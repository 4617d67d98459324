package io.contactkit.domain.failure;

import java.util.Objects;

/**
 * One reason input was refused.
 *
 * @param path    where the fault is, as a property path ({@code Emails[0].Value}) or as the client sent it (a patch path)
 * @param message why it was refused, in words a client developer can act on
 */
public record Violation(String path, String message) {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
