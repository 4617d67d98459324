package io.contactkit.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.contactkit.domain.document.CarrierModel;
import io.contactkit.domain.document.Documents;
import io.contactkit.domain.document.Property;
import io.contactkit.domain.failure.ConflictException;
import io.contactkit.domain.failure.ContactKitException;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.testing.Contacts;
import io.contactkit.domain.testing.TestJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fuzzes patch parsing and applying with any JSON: a patch is refused with an explained
 * {@link InvalidInputException}, fails its {@code test} with a {@link ConflictException}, or applies whole; nothing
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
        Optional<Tree> body = Tree.of(input);
        if (body.isEmpty()) {
            return;
        }
        Object pristineBody = JsonValues.copy(body.get().value());
        Optional<PatchDocument> patch = parsed(body.get().value());
        if (patch.isEmpty()) {
            return;
        }
        Optional<ContactEntity> patched = applied(() -> patch.get().applyTo(CONTACT));

        assertTrue(JsonValues.equal(pristineBody, body.get().value()), "a patch never changes the body it was read from");
        if (patched.isPresent()) {
            assertEquals(patched.get(), patch.get().applyTo(CONTACT), "a patch applies the same way every time");
            assertServerOwnedUnchanged(Documents.write(patched.get()));
        }
    }

    /** The input is a record of the RFC 6902 and RFC 7396 suites: {@code {"doc": ..., "patch": ...}}. */
    @FuzzTest
    void patchOnDocumentAppliesWholeOrIsRefused(byte[] input) {
        Optional<Tree> record = Tree.of(input);
        if (record.isEmpty() || !(record.get().value() instanceof Map<?, ?> members)
                || !members.containsKey("patch")) {
            return;
        }
        Object document = members.get("doc");
        Object pristineDocument = JsonValues.copy(document);
        Optional<PatchDocument> patch = parsed(members.get("patch"));
        if (patch.isEmpty()) {
            return;
        }
        Optional<Object> patched = applied(() -> patch.get().applyToDocument(document));

        assertTrue(JsonValues.equal(pristineDocument, document), "applying never changes the given document");
        if (patched.isPresent()) {
            assertTrue(JsonValues.equal(patched.get(), patch.get().applyToDocument(document)),
                    "a patch applies the same way every time");
            if (patch.get().isMergePatch()) {
                assertTrue(JsonValues.equal(patched.get(), patch.get().applyToDocument(patched.get())),
                        "a merge patch applied to its own result changes nothing (RFC 7396 is idempotent)");
            }
        }
    }

    private static Optional<PatchDocument> parsed(Object body) {
        try {
            return Optional.of(PatchDocument.parse(body));
        } catch (InvalidInputException refused) {
            assertExplained(refused);
            return Optional.empty();
        }
    }

    private static <T> Optional<T> applied(Application<T> application) {
        try {
            return Optional.of(application.apply());
        } catch (InvalidInputException refused) {
            assertExplained(refused);
        } catch (ConflictException failedTest) {
            assertExplained(failedTest);
        }
        return Optional.empty();
    }

    private static void assertExplained(InvalidInputException refused) {
        assertFalse(refused.violations().isEmpty(), "a refusal says what is wrong");
        refused.violations().forEach(violation ->
                assertFalse(violation.message().isBlank(), "every violation has a reason"));
    }

    private static void assertExplained(ContactKitException failure) {
        assertFalse(failure.getMessage() == null || failure.getMessage().isBlank(), "a failure says why");
    }

    private static void assertServerOwnedUnchanged(Map<String, Object> patched) {
        for (Property property : CarrierModel.of(ContactEntity.class).properties()) {
            if (property.serverOwned()) {
                assertEquals(CONTACT_TREE.get(property.name()), patched.get(property.name()),
                        () -> property.name() + " is the server's to set: no patch changes it");
            }
        }
    }

    private interface Application<T> {
        T apply();
    }

    /**
     * A JSON value as the serialization module reads bodies: fractions and exponents as Double, integers as Integer,
     * Long or BigInteger.
     */
    private record Tree(Object value) {

        /**
         * The serialization module refuses bodies nested deeper than this, so deeper ones never reach a patch (and
         * the recursive test parser would not read them).
         */
        private static final int MAX_DEPTH = 64;

        /** Empty when the input is no JSON that could reach this module: these fuzz tests are about patches. */
        static Optional<Tree> of(byte[] input) {
            String text = new String(input, StandardCharsets.UTF_8);
            if (bracketDepth(text) > MAX_DEPTH) {
                return Optional.empty();
            }
            Object parsed;
            try {
                parsed = TestJson.parse(text);
            } catch (RuntimeException notJson) {
                return Optional.empty();
            }
            return Optional.of(new Tree(asRead(parsed)));
        }

        /** The deepest nesting of brackets, counting those in strings too, which only overestimates. */
        private static int bracketDepth(String text) {
            int depth = 0;
            int deepest = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '[' || c == '{') {
                    deepest = Math.max(deepest, ++depth);
                } else if (c == ']' || c == '}') {
                    depth--;
                }
            }
            return deepest;
        }

        private static Object asRead(Object value) {
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> read = new LinkedHashMap<>();
                map.forEach((key, member) -> read.put((String) key, asRead(member)));
                return read;
            }
            if (value instanceof List<?> list) {
                List<Object> read = new ArrayList<>(list.size());
                list.forEach(item -> read.add(asRead(item)));
                return read;
            }
            return value instanceof BigDecimal decimal ? (Object) decimal.doubleValue() : value;
        }
    }
}
