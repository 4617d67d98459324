package io.contactkit.http;

import io.contactkit.domain.Culture;
import io.contactkit.domain.failure.InvalidInputException;
import java.util.regex.Pattern;

/** The language a request asks its answer in: {@code SO-Language} if given, else the best of Accept-Language. */
final class Languages {

    /** A language tag; only its primary subtag (ISO 639) matters to the core. */
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    private Languages() {
    }

    /**
     * The ISO 639 code, lower case, or empty for the installation's default ({@code *} or nothing asked).
     *
     * @throws InvalidInputException when SO-Language is not a language tag (Accept-Language is read leniently, as
     *         browsers write it)
     */
    static String requested(String soLanguage, String acceptLanguage) {
        return Culture.primaryLanguage(requestedTag(soLanguage, acceptLanguage));
    }

    /**
     * The whole tag asked for ({@code en-GB}), whose region the formatting culture may use, or empty for the
     * installation's default.
     *
     * @throws InvalidInputException as {@link #requested}
     */
    static String requestedTag(String soLanguage, String acceptLanguage) {
        if (soLanguage != null && !soLanguage.isBlank()) {
            return explicit(soLanguage.trim());
        }
        return preferred(acceptLanguage);
    }

    private static String explicit(String tag) {
        if (tag.equals("*")) {
            return "";
        }
        if (!TAG.matcher(tag).matches()) {
            String shown = tag.length() <= 40 ? tag : tag.substring(0, 40) + "...";
            throw InvalidInputException.of("SO-Language", "'" + shown + "' is not a language code such as 'en'");
        }
        return tag;
    }

    private static String preferred(String acceptLanguage) {
        if (acceptLanguage == null) {
            return "";
        }
        String best = "";
        double bestQuality = 0;
        for (String entry : acceptLanguage.split(",")) {
            String[] parts = entry.split(";");
            String tag = parts[0].trim();
            double quality = quality(parts);
            if (quality > bestQuality && (tag.equals("*") || TAG.matcher(tag).matches())) {
                best = tag.equals("*") ? "" : tag;
                bestQuality = quality;
            }
        }
        return best;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].trim().split("=", 2);
            if (parameter.length == 2 && parameter[0].trim().equalsIgnoreCase("q")) {
                try {
                    return Double.parseDouble(parameter[1].trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
