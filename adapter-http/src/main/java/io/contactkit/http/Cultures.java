package io.contactkit.http;

import io.contactkit.domain.Culture;
import io.contactkit.domain.failure.InvalidInputException;

/**
 * The culture a request asks its formatted strings in: {@code SO-Culture} when a language is asked for, else the
 * language's own culture. Without a language SO-Culture is ignored, as the seed pages say.
 */
final class Cultures {

    private Cultures() {
    }

    /**
     * @param languageTag the language tag the request asks for ({@link Languages#requestedTag}), empty for the
     *                    default; its region picks the culture when SO-Culture is not given
     * @throws InvalidInputException naming {@code SO-Culture} when a language is asked for and SO-Culture is not a
     *         culture code
     */
    static Culture requested(String soCulture, String languageTag) {
        if (languageTag.isEmpty() || soCulture == null || soCulture.isBlank()) {
            return Culture.parse(languageTag).orElseGet(() -> Culture.forLanguage(Languages.primary(languageTag)));
        }
        return Culture.parse(soCulture).orElseThrow(() -> {
            String code = soCulture.trim();
            String shown = code.length() <= 40 ? code : code.substring(0, 40) + "...";
            return InvalidInputException.of("SO-Culture", "'" + shown
                    + "' is not a culture code such as 'en-US' or 'nb'");
        });
    }
}
