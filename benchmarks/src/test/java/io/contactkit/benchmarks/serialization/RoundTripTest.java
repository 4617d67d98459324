package io.contactkit.benchmarks.serialization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.benchmarks.Samples;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Both sides of the serialization benchmark keep the whole contact: ours reads the peer's output as the same one. */
class RoundTripTest {

    private final ContactKitRoundTrip contactKit = new ContactKitRoundTrip();
    private final JacksonRoundTrip jackson = new JacksonRoundTrip();

    @Test
    void jacksonJsonRoundTripKeepsTheContact() {
        byte[] json = Samples.storedContact();

        assertArrayEquals(contactKit.json(json), contactKit.json(jackson.json(json)));
    }

    @Test
    void jacksonXmlRoundTripKeepsTheContact() {
        byte[] xml = Samples.storedContactXml();

        assertArrayEquals(contactKit.xml(xml), contactKit.xml(jackson.xml(xml)));
    }

    @Test
    void xmlSampleIsTheJsonSampleAsXml() {
        String xml = new String(Samples.storedContactXml(), StandardCharsets.UTF_8);

        assertTrue(xml.contains("<Name>Green, Upton and Wehner</Name>"), xml);
        assertTrue(xml.contains("<Firstname>Ruben</Firstname>"), xml);
    }
}
