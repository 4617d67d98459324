package io.contactkit.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** HTTP dates (RFC 9110 IMF-fixdate): {@code Wed, 04 Mar 2026 10:15:30 GMT}, whole seconds. */
final class HttpDates {

    /** Java's RFC 1123 formatter writes single-digit days as one digit; IMF-fixdate wants two. */
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

    private HttpDates() {
    }

    static String format(Instant instant) {
        return IMF_FIXDATE.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** The instant a header names, or empty when it is absent or not an HTTP date. */
    static Optional<Instant> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DateTimeFormatter.RFC_1123_DATE_TIME.parse(header.trim(), Instant::from));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
