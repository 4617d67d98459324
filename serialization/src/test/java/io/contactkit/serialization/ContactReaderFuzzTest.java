package io.contactkit.serialization;

import static io.contactkit.serialization.Fixtures.body;
import static io.contactkit.serialization.Fixtures.written;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.schema.Selection;
import java.time.ZoneOffset;

/**
 * Fuzzes the contact readers with any bytes: each body is either read into a contact that survives a round trip
 * through the writer, or refused with an explained {@link InvalidInputException}; nothing else may escape. In
 * {@code mvn verify} this replays the committed inputs under {@code ContactReaderFuzzTestInputs/}; with
 * {@code JAZZER_FUZZ=1} it fuzzes (see FUZZING.md).
 */
class ContactReaderFuzzTest {

    private final WireFormat wire = new WireFormat();

    @FuzzTest
    void jsonBodyIsReadOrRefused(byte[] body) {
        readsBackEqualOrIsRefused(body, "application/json", ResponseType.APPLICATION_JSON);
    }

    @FuzzTest
    void xmlBodyIsReadOrRefused(byte[] body) {
        readsBackEqualOrIsRefused(body, "application/xml", ResponseType.APPLICATION_XML);
    }

    /** There is no form writer: what a form body gave must come back equal through JSON. */
    @FuzzTest
    void formBodyIsReadOrRefused(byte[] body) {
        readsBackEqualOrIsRefused(body, "application/x-www-form-urlencoded", ResponseType.APPLICATION_JSON);
    }

    private void readsBackEqualOrIsRefused(byte[] body, String contentType, ResponseType writtenAs) {
        ContactEntity contact;
        try {
            contact = wire.readContact(body(body), contentType);
        } catch (InvalidInputException refused) {
            FuzzOutcomes.assertExplained(refused);
            return;
        }
        String written = written(out -> wire.writeContact(contact, Selection.all(), ZoneOffset.UTC, writtenAs, out));

        assertEquals(contact, wire.readContact(body(written), writtenAs.mediaType()),
                "a contact that was read is written so that it reads back the same");
    }
}
