package io.contactkit.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.contactkit.codec.Documents;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.schema.CarrierModel;
import io.contactkit.domain.schema.Property;
import io.contactkit.domain.testing.Contacts;
import java.util.Map;
import java.util.Optional;

/**
 * Fuzzes patch parsing and applying with any JSON: a patch is refused with an explained
 * {@code InvalidInputException}, fails its {@code test} with a {@code ConflictException}, or applies whole; nothing
 * else may escape, and neither the patch nor the document it was applied to is ever changed. In {@code mvn verify}
 * this replays the committed inputs under {@code PatchDocumentFuzzTestInputs/}; with {@code JAZZER_FUZZ=1} it fuzzes
 * (see FUZZING.md).
 */
class PatchDocumentFuzzTest {

    private static final ContactEntity CONTACT = Contacts.fullyFilled();
    private static final Map<String, Object> CONTACT_TREE = Documents.write(CONTACT);

    /** The input is a patch body; it is applied to a contact with every property filled. */
    @FuzzTest
    void patchOnContactAppliesWholeOrIsRefused(byte[] input) {
        Optional<JsonInput> body = JsonInput.of(input);
        if (body.isEmpty()) {
            return;
        }
        Object pristineBody = JsonValues.copy(body.get().value());
        Optional<PatchDocument> patch = FuzzOutcomes.parsed(body.get().value());
        if (patch.isEmpty()) {
            return;
        }
        Optional<FuzzOutcomes.Applied<ContactEntity>> patched =
                FuzzOutcomes.applied(() -> patch.get().applyTo(CONTACT));

        assertTrue(JsonValues.equal(pristineBody, body.get().value()),
                "a patch never changes the body it was read from");
        if (patched.isPresent()) {
            assertEquals(patched.get().result(), patch.get().applyTo(CONTACT),
                    "a patch applies the same way every time");
            assertServerOwnedUnchanged(Documents.write(patched.get().result()));
        }
    }

    /** The input is a record of the RFC 6902 and RFC 7396 suites: {@code {"doc": ..., "patch": ...}}. */
    @FuzzTest
    void patchOnDocumentAppliesWholeOrIsRefused(byte[] input) {
        Optional<JsonInput> record = JsonInput.of(input);
        if (record.isEmpty() || !(record.get().value() instanceof Map<?, ?> members)
                || !members.containsKey("patch")) {
            return;
        }
        Object document = members.get("doc");
        Object pristineDocument = JsonValues.copy(document);
        Optional<PatchDocument> patch = FuzzOutcomes.parsed(members.get("patch"));
        if (patch.isEmpty()) {
            return;
        }
        Optional<FuzzOutcomes.Applied<Object>> patched =
                FuzzOutcomes.applied(() -> patch.get().applyToDocument(document));

        assertTrue(JsonValues.equal(pristineDocument, document), "applying never changes the given document");
        if (patched.isPresent()) {
            Object result = patched.get().result();
            assertTrue(JsonValues.equal(result, patch.get().applyToDocument(document)),
                    "a patch applies the same way every time");
            if (patch.get().isMergePatch()) {
                assertTrue(JsonValues.equal(result, patch.get().applyToDocument(result)),
                        "a merge patch applied to its own result changes nothing (RFC 7396 is idempotent)");
            }
        }
    }

    private static void assertServerOwnedUnchanged(Map<String, Object> patched) {
        for (Property property : CarrierModel.of(ContactEntity.class).properties()) {
            if (property.serverOwned()) {
                assertEquals(CONTACT_TREE.get(property.name()), patched.get(property.name()),
                        () -> property.name() + " is the server's to set: no patch changes it");
            }
        }
    }
}
