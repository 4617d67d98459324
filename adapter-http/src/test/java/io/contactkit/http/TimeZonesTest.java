package io.contactkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.Violation;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeZonesTest {

    @Test
    void ianaZoneOrOffsetIsTheAnswersZoneAndNoneIsUtc() {
        assertEquals(ZoneId.of("Europe/Oslo"), TimeZones.requested(" Europe/Oslo "));
        assertEquals(ZoneOffset.ofHours(2), TimeZones.requested("+02:00"));
        assertEquals(ZoneOffset.UTC, TimeZones.requested(null));
        assertEquals(ZoneOffset.UTC, TimeZones.requested(" "));
    }

    @Test
    void unknownTimeZoneIsRefusedNamingTheHeader() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> TimeZones.requested("Europe/Atlantis"));

        assertEquals(List.of("SO-TimeZone"), refused.violations().stream().map(Violation::path).toList());
        assertTrue(refused.getMessage().contains("Europe/Atlantis"), refused.getMessage());
    }
}
