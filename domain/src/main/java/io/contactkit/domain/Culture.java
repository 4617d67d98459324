package io.contactkit.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The culture formatted strings (the formatted address) are written for: an ISO 639-1 language, optionally with an
 * ISO 3166 region ({@code nb}, {@code de}, {@code en-US}, {@code en-GB}). {@link #INVARIANT} is the installation's
 * default, used when the caller names no language.
 *
 * @param language ISO 639-1 code, lower case, or empty for the invariant culture
 * @param region   ISO 3166-1 alpha-2 code, upper case, or empty
 */
public record Culture(String language, String region) {

    public static final Culture INVARIANT = new Culture("", "");

    private static final Pattern TAG = Pattern.compile("([A-Za-z]{2})(?:[-_]([A-Za-z]{2}))?");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());

    public Culture {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(region, "region");
    }

    /** The culture a code such as {@code en-US} or {@code nb} names; empty when it names no known language/region. */
    public static Optional<Culture> parse(String code) {
        Matcher matcher = TAG.matcher(code == null ? "" : code.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String language = matcher.group(1).toLowerCase(Locale.ROOT);
        String region = matcher.group(2) == null ? "" : matcher.group(2).toUpperCase(Locale.ROOT);
        if (!LANGUAGES.contains(language) || !region.isEmpty() && !REGIONS.contains(region)) {
            return Optional.empty();
        }
        return Optional.of(new Culture(language, region));
    }

    /**
     * The culture a caller's formatted strings follow, as the seed pages define SO-Culture: the asked culture is
     * ignored unless a language is asked for too; without one, the language tag's own culture decides, region
     * included ({@code en-GB}).
     *
     * @param languageTag the language tag asked for, empty for the installation's default
     * @param cultureCode the culture asked for, or null or blank for none
     * @return empty when a language is asked for and the culture code names no culture
     */
    public static Optional<Culture> requested(String languageTag, String cultureCode) {
        if (languageTag.isEmpty() || cultureCode == null || cultureCode.isBlank()) {
            return Optional.of(parse(languageTag).orElseGet(() -> forLanguage(primaryLanguage(languageTag))));
        }
        return parse(cultureCode);
    }

    /**
     * The language a tag names, as the core's lists are kept in: its primary subtag (ISO 639), lower case
     * ({@code nb} for {@code NB-no}); empty for empty.
     */
    public static String primaryLanguage(String languageTag) {
        int dash = languageTag.indexOf('-');
        return (dash < 0 ? languageTag : languageTag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** The culture of a language without region, or {@link #INVARIANT} for none (empty) or an unknown code. */
    public static Culture forLanguage(String language) {
        return parse(language).map(culture -> new Culture(culture.language(), "")).orElse(INVARIANT);
    }

    /** {@code en-US}, {@code nb}, or empty for the invariant culture. */
    public String tag() {
        return region.isEmpty() ? language : language + "-" + region;
    }
}
