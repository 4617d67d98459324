package io.contactkit.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written reading and writing of the common date-time form give exactly what the ISO formatter gives. */
class IsoDateTimesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024-05-01T12:00:00Z", "2024-05-01T12:00:00", "2011-07-19T12:15:26.5946407+02:00",
        "2012-02-13T12:15:26.5946407+01:00", "1998-06-20T23:59:59.999999999-05:30", "2024-02-29T00:00:00.1Z",
        "2024-05-01T12:00:00-00:00", "0001-01-01T00:00:00+18:00", "9999-12-31T23:59:59.123456-18:00"})
    void commonFormReadsAsTheFormatterReadsIt(String text) {
        Instant fast = IsoDateTimes.parseCommon(text);

        assertNotNull(fast, text);
        assertEquals(byFormatter(text), fast, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29T12:00:00Z", "2024-13-01T12:00:00Z", "2024-05-01T24:00:00Z",
        "2024-05-01T12:60:00Z", "2024-05-01T12:00:60Z", "2024-05-01T12:00:00+19:00", "2024-05-01T12:00:00+02:60",
        "2024-05-01T12:00:00+18:01", "2024-05-01T12:00:00-18:30",
        "2024-05-01T12:00:00.1234567890Z", "2024-05-01T12:00:00.Z", "2024-05-01T12:00Z", "2024-05-01T12:00:00+0200",
        "2024-05-01T12:00:00+02:00[Europe/Oslo]", "2024-05-01T12:00:00+02:00:00", "+12024-05-01T12:00:00Z",
        "2024-05-01 12:00:00Z", "2024-05-01T12:00:00z", "2024-o5-01T12:00:00Z", "2024-05-01", ""})
    void everyOtherFormIsLeftToTheFormatter(String text) {
        assertNull(IsoDateTimes.parseCommon(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-05-01T12:00:00Z", "2024-01-15T10:00:00.1234567Z", "2024-07-15T10:00:00.100Z",
        "2024-03-31T00:59:59.999999999Z", "2024-03-31T01:00:00Z", "2024-10-27T00:30:00.000000001Z",
        "0000-01-01T00:00:00Z", "0000-01-01T12:00:00Z", "9999-12-31T12:00:00Z", "9999-12-31T23:59:59Z",
        "-0001-06-01T00:00:00Z", "+10000-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.5Z"})
    void writtenAsTheFormatterWritesItInEveryZone(String text) {
        Instant instant = Instant.parse(text);
        for (String id : new String[] {"Z", "Europe/Oslo", "America/St_Johns", "Asia/Kathmandu", "Pacific/Kiritimati",
            "-18:00", "+18:00", "+05:30:15", "Europe/Amsterdam"}) {
            ZoneId zone = ZoneId.of(id);

            assertEquals(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).toOffsetDateTime()),
                    IsoDateTimes.format(instant, zone), text + " in " + id);
        }
    }

    /** A store may hold such an instant from before the core refused it; answering it must not fail. */
    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z"})
    void anInstantWhoseLocalTimeIsBeyondTheLastYearIsWrittenInUtcInEveryZone(String text) {
        Instant instant = Instant.parse(text);
        for (String id : new String[] {"+14:00", "-12:00", "Pacific/Kiritimati", "Z"}) {
            String written = IsoDateTimes.format(instant, ZoneId.of(id));

            assertEquals(instant, OffsetDateTime.parse(written).toInstant(), text + " in " + id);
        }
    }

    private static Instant byFormatter(String text) {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from,
                    LocalDateTime::from);
            return parsed instanceof OffsetDateTime offset ? offset.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
