package io.contactkit.http;

import io.contactkit.domain.failure.InvalidInputException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The {@code SO-TimeZone} request header: the zone every date-time of the answer is written in. */
final class TimeZones {

    private TimeZones() {
    }

    /**
     * The zone the header names (an IANA id such as {@code Europe/Oslo}, or an offset); UTC when the header is
     * missing or blank.
     *
     * @throws InvalidInputException naming {@code SO-TimeZone} when the zone is unknown
     */
    static ZoneId requested(String soTimeZone) {
        if (soTimeZone == null || soTimeZone.isBlank()) {
            return ZoneOffset.UTC;
        }
        String id = soTimeZone.trim();
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            String shown = id.length() <= 64 ? id : id.substring(0, 64) + "...";
            throw InvalidInputException.of("SO-TimeZone", "unknown time zone '" + shown
                    + "'; send an IANA zone id such as Europe/Oslo");
        }
    }
}
