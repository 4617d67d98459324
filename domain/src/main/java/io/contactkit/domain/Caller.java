package io.contactkit.domain;

import io.contactkit.domain.rights.Principal;
import java.util.Objects;

/**
 * Who asks, in which language list item names should be answered, and in which culture formatted strings (the
 * formatted address) are written.
 *
 * @param principal the authenticated user
 * @param language  ISO 639-1 code, or empty for the installation's default language
 * @param culture   the culture for formatted strings; without one, the language's own culture
 */
public record Caller(Principal principal, String language, Culture culture) {

    public Caller {
        Objects.requireNonNull(principal, "principal");
        language = language == null ? "" : language;
        culture = culture == null ? Culture.forLanguage(language) : culture;
    }

    /** A caller whose formatted strings follow the language's own culture. */
    public Caller(Principal principal, String language) {
        this(principal, language, null);
    }

    public static Caller of(Principal principal) {
        return new Caller(principal, "");
    }
}
