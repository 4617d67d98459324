package io.contactkit.domain;

import io.contactkit.domain.rights.Principal;
import java.util.Objects;

/**
 * Who asks, and in which language list item names should be answered.
 *
 * @param principal the authenticated user
 * @param language  ISO 639-1 code, or empty for the installation's default language
 */
public record Caller(Principal principal, String language) {

    public Caller {
        Objects.requireNonNull(principal, "principal");
        language = language == null ? "" : language;
    }

    public static Caller of(Principal principal) {
        return new Caller(principal, "");
    }
}
