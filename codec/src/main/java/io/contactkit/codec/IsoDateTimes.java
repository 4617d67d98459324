package io.contactkit.codec;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Reads and writes the date-time form that nearly every body uses, {@code 2024-05-01T12:00:00[.fraction][Z|+hh:mm]},
 * by hand: {@code DateTimeFormatter} costs many times more. Any other form, and any value out of range, is left to
 * the formatter, which also words a refusal.
 */
final class IsoDateTimes {

    private static final int DATE_TIME_LENGTH = "2024-05-01T12:00:00".length();
    private static final long SECONDS_PER_DAY = 86_400;
    /** What {@link #offsetSeconds} answers for text that is no offset. */
    private static final int NO_OFFSET = Integer.MIN_VALUE;

    private IsoDateTimes() {
    }

    /**
     * The instant in the zone, exactly as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} writes it: seconds always,
     * the fraction without trailing zeros, {@code Z} for UTC. Years outside 0000-9999 and offsets with seconds are
     * left to the formatter. An instant so near the end of time that the zone's local date-time would lie beyond
     * year 999,999,999 (which no write stores, but a store may hold from before) is written in UTC, as the same
     * instant, rather than not at all.
     */
    static String format(Instant instant, ZoneId zone) {
        ZoneOffset offset = zone instanceof ZoneOffset fixed ? fixed : zone.getRules().getOffset(instant);
        LocalDateTime local;
        try {
            local = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), offset);
        } catch (DateTimeException beyondLocalDateTime) {
            return format(instant, ZoneOffset.UTC);
        }
        int offsetSeconds = offset.getTotalSeconds();
        if (local.getYear() < 0 || local.getYear() > 9999 || offsetSeconds % 60 != 0) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.of(local, offset));
        }
        char[] text = new char[35];
        int at = put(text, 0, local.getYear(), 4);
        text[at++] = '-';
        at = put(text, at, local.getMonthValue(), 2);
        text[at++] = '-';
        at = put(text, at, local.getDayOfMonth(), 2);
        text[at++] = 'T';
        at = put(text, at, local.getHour(), 2);
        text[at++] = ':';
        at = put(text, at, local.getMinute(), 2);
        text[at++] = ':';
        at = put(text, at, local.getSecond(), 2);
        int nanos = local.getNano();
        if (nanos != 0) {
            int digits = 9;
            while (nanos % 10 == 0) {
                nanos /= 10;
                digits--;
            }
            text[at++] = '.';
            at = put(text, at, nanos, digits);
        }
        if (offsetSeconds == 0) {
            text[at++] = 'Z';
        } else {
            int minutes = Math.abs(offsetSeconds) / 60;
            text[at++] = offsetSeconds < 0 ? '-' : '+';
            at = put(text, at, minutes / 60, 2);
            text[at++] = ':';
            at = put(text, at, minutes % 60, 2);
        }
        return new String(text, 0, at);
    }

    /** Writes the number as exactly {@code width} decimal digits, zero-padded; answers the index after them. */
    private static int put(char[] text, int at, int number, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + number % 10);
            number /= 10;
        }
        return at + width;
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
        int offsetSeconds = offsetSeconds(text, at);
        if (offsetSeconds == NO_OFFSET || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException outOfRange) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second - offsetSeconds,
                nanos);
    }

    /**
     * The offset in seconds that ends the text from {@code at}: nothing (UTC), {@code Z} or {@code ±hh:mm} within
     * ±18:00, as {@link ZoneOffset} allows; {@link #NO_OFFSET} otherwise.
     */
    private static int offsetSeconds(String text, int at) {
        int rest = text.length() - at;
        if (rest == 0 || rest == 1 && text.charAt(at) == 'Z') {
            return 0;
        }
        char sign = text.charAt(at);
        if (rest != 6 || sign != '+' && sign != '-' || text.charAt(at + 3) != ':') {
            return NO_OFFSET;
        }
        int hours = digits(text, at + 1, 2);
        int minutes = digits(text, at + 4, 2);
        if ((hours | minutes) < 0 || hours > 18 || minutes > 59 || hours == 18 && minutes != 0) {
            return NO_OFFSET;
        }
        int seconds = hours * 3600 + minutes * 60;
        return sign == '+' ? seconds : -seconds;
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
