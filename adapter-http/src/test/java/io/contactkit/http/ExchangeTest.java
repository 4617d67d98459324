package io.contactkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExchangeTest {

    @ParameterizedTest
    @CsvSource({"0, 'app;dur=0.0'", "49999, 'app;dur=0.0'", "50000, 'app;dur=0.1'", "1234567, 'app;dur=1.2'",
        "2960000000, 'app;dur=2960.0'"})
    void serverTimingGivesMillisecondsToOneDecimal(long nanos, String expected) {
        assertEquals(expected, Exchange.serverTiming(nanos));
    }
}
