package io.contactkit.http;

import io.contactkit.domain.Culture;
import io.contactkit.domain.failure.InvalidInputException;

/** SO-Culture as the core's {@link Culture#requested}, refused naming the header when it names no culture. */
final class Cultures {

    private Cultures() {
    }

    /**
     * @param languageTag the language tag the request asks for ({@link Languages#requestedTag}), empty for the
     *                    default
     * @throws InvalidInputException naming {@code SO-Culture} when a language is asked for and SO-Culture is not a
     *         culture code
     */
    static Culture requested(String soCulture, String languageTag) {
        return Culture.requested(languageTag, soCulture).orElseThrow(() -> {
            String code = soCulture.trim();
            String shown = code.length() <= 40 ? code : code.substring(0, 40) + "...";
            return InvalidInputException.of("SO-Culture", "'" + shown
                    + "' is not a culture code such as 'en-US' or 'nb'");
        });
    }
}
