package io.contactkit.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.schema.Selection;
import io.contactkit.domain.testing.Contacts;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Map;

/**
 * Fuzzes the {@code $select} parser with any text: it is refused naming {@code $select}, or gives an answer that keeps
 * every property and still reads as a contact; nothing else may escape. In {@code mvn verify} this replays the
 * committed inputs under {@code SelectionFuzzTestInputs/}; with {@code JAZZER_FUZZ=1} it fuzzes (see FUZZING.md).
 */
class SelectionFuzzTest {

    private static final ContactEntity CONTACT = Contacts.fullyFilled();

    @FuzzTest
    void anySelectIsAppliedOrRefusedUnderSelect(byte[] input) {
        String select = new String(input, StandardCharsets.UTF_8);
        Selection selection;
        try {
            selection = Selection.parse(select, ContactEntity.class);
        } catch (InvalidInputException refused) {
            assertFalse(refused.violations().isEmpty(), "a refusal says why");
            refused.violations().forEach(violation -> assertEquals("$select", violation.path()));
            return;
        }
        Map<String, Object> answer = Documents.write(CONTACT, selection, ZoneOffset.UTC);

        assertEquals(new ArrayList<>(Documents.write(CONTACT).keySet()), new ArrayList<>(answer.keySet()),
                "a selection keeps every property in the answer");
        ContactEntity readBack = Documents.read(ContactEntity.class, answer, ScalarSource.JSON);
        assertEquals(answer, Documents.write(readBack, selection, ZoneOffset.UTC),
                "the answer reads back as a contact that the same selection leaves as it is");
    }
}
