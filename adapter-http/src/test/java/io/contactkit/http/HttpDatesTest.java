package io.contactkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpDatesTest {

    @ParameterizedTest
    @CsvSource({
        "2026-03-04T10:15:30Z, 'Wed, 04 Mar 2026 10:15:30 GMT'",
        "2026-11-01T00:00:00.999Z, 'Sun, 01 Nov 2026 00:00:00 GMT'",
        "1999-12-31T23:59:59Z, 'Fri, 31 Dec 1999 23:59:59 GMT'",
        "2024-02-29T09:05:07Z, 'Thu, 29 Feb 2024 09:05:07 GMT'"})
    void datesAreWrittenAsImfFixdateInWholeSeconds(String instant, String expected) {
        assertEquals(expected, HttpDates.format(Instant.parse(instant)));
    }

    @Test
    void everyDayOfSomeYearsIsWrittenAsTheRfc1123PatternWritesIt() {
        DateTimeFormatter pattern = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);
        for (Instant day = Instant.parse("2023-12-31T01:02:03Z"); day.isBefore(Instant.parse("2029-01-02T00:00:00Z"));
                day = day.plus(1, ChronoUnit.DAYS).plusSeconds(3_607)) {
            assertEquals(pattern.format(day.atOffset(ZoneOffset.UTC)), HttpDates.format(day), day::toString);
        }
    }

    @ParameterizedTest
    @CsvSource({"0999-12-31T00:00:00Z, 'Tue, 31 Dec 0999 00:00:00 GMT'",
        "+10000-01-01T00:00:00Z, 'Sat, 01 Jan +10000 00:00:00 GMT'"})
    void yearsOfOtherThanFourDigitsAreStillWritten(String instant, String expected) {
        assertEquals(expected, HttpDates.format(Instant.parse(instant)));
    }

    @Test
    void aWrittenDateReadsBackAsTheSameSecond() {
        Instant updated = Instant.parse("2026-07-08T12:34:56.789Z");
        assertEquals(Optional.of(updated.truncatedTo(ChronoUnit.SECONDS)), HttpDates.parse(HttpDates.format(updated)));
    }
}
