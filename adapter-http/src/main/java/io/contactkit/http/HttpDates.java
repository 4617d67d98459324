package io.contactkit.http;

import java.time.Instant;
import java.time.OffsetDateTime;
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

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS =
            {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private HttpDates() {
    }

    /** Written by hand for four-digit years (every answer carries one, and a pattern formatter is slow). */
    static String format(Instant instant) {
        OffsetDateTime time = instant.atOffset(ZoneOffset.UTC);
        if (time.getYear() < 1000 || time.getYear() > 9999) {
            return IMF_FIXDATE.format(time);
        }
        StringBuilder text = new StringBuilder(29).append(DAYS[time.getDayOfWeek().ordinal()]).append(", ");
        twoDigits(text, time.getDayOfMonth()).append(' ').append(MONTHS[time.getMonthValue() - 1]).append(' ')
                .append(time.getYear()).append(' ');
        twoDigits(text, time.getHour()).append(':');
        twoDigits(text, time.getMinute()).append(':');
        return twoDigits(text, time.getSecond()).append(" GMT").toString();
    }

    private static StringBuilder twoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
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
