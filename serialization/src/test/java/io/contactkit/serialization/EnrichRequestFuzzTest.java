package io.contactkit.serialization;

import static io.contactkit.serialization.Fixtures.body;
import static io.contactkit.serialization.Fixtures.written;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.schema.Selection;
import java.time.ZoneOffset;

/**
 * Fuzzes the EnrichContactEntity request reader with any Content-Type (the input's first line) and body: it is read
 * into a request whose contact survives a round trip through the writer, or refused with an explained
 * {@link InvalidInputException} or {@link UnsupportedMediaTypeException}. In {@code mvn verify} this replays the
 * committed inputs under {@code EnrichRequestFuzzTestInputs/}; with {@code JAZZER_FUZZ=1} it fuzzes (see
 * FUZZING.md).
 */
class EnrichRequestFuzzTest {

    private final WireFormat wire = new WireFormat();

    @FuzzTest
    void enrichRequestIsReadOrRefused(byte[] input) {
        FuzzOutcomes.Request request = FuzzOutcomes.Request.of(input);
        FuzzOutcomes.readOrExplainedRefusal(() -> wire.readEnrichRequest(body(request.body()), request.contentType()))
                .map(EnrichRequest::contactEntity)
                .ifPresent(contact -> {
                    String written = written(out -> wire.writeContact(contact, Selection.all(), ZoneOffset.UTC,
                            ResponseType.APPLICATION_JSON, out));
                    assertEquals(contact, wire.readContact(body(written), "application/json"),
                            "the contact of an enrich request is written so that it reads back the same");
                });
    }
}
