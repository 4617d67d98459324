package io.contactkit.domain.document;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads the date-time form that nearly every body uses, {@code 2024-05-01T12:00:00[.fraction][Z|+hh:mm]}, by hand:
 * {@code DateTimeFormatter.parseBest} costs many times more. Any other form, and any value out of range, is left
 * to the formatter, which also words the refusal.
 */
final class IsoDateTimes {

    private static final int DATE_TIME_LENGTH = "2024-05-01T12:00:00".length();

    private IsoDateTimes() {
    }

    /** The instant of a date-time in the common form (without offset: UTC), or null for the formatter to read. */
    static Instant parseCommon(String text) {
        int length = text.length();
        if (length < DATE_TIME_LENGTH || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int at = DATE_TIME_LENGTH;
        int nanos = 0;
        if (at < length && text.charAt(at) == '.') {
            int start = ++at;
            while (at < length && at - start < 9 && isDigit(text.charAt(at))) {
                nanos = nanos * 10 + text.charAt(at++) - '0';
            }
            if (at == start || at < length && isDigit(text.charAt(at))) {
                return null;
            }
            for (int scale = at - start; scale < 9; scale++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset = offset(text, at);
        if (offset == null) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(offset);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The offset that ends the text from {@code at}: nothing (UTC), {@code Z} or {@code ±hh:mm}; null otherwise. */
    private static ZoneOffset offset(String text, int at) {
        int rest = text.length() - at;
        if (rest == 0 || rest == 1 && text.charAt(at) == 'Z') {
            return ZoneOffset.UTC;
        }
        char sign = text.charAt(at);
        if (rest != 6 || sign != '+' && sign != '-' || text.charAt(at + 3) != ':') {
            return null;
        }
        int hours = digits(text, at + 1, 2);
        int minutes = digits(text, at + 4, 2);
        if ((hours | minutes) < 0) {
            return null;
        }
        try {
            return sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes)
                    : ZoneOffset.ofHoursMinutes(-hours, -minutes);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The number the ASCII digits at {@code from} spell, or -1 when one of them is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
