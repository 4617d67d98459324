package io.contactkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.contactkit.domain.failure.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "42", "007", "2147483647"})
    void positiveNumbersInAsciiDigitsAreIds(String text) {
        assertEquals(Integer.parseInt(text), ContactIds.parse("id", text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1", "\u0661", "\uff11", "1\u0660", "-1", "0", "2147483648", "99999999999999999999",
        " 1", "1 ", "1.0", "0x1", "1e3", ".."})
    void anythingElseIsRefusedNamingTheParameter(String text) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> ContactIds.parse("contactEntityId", text));

        assertEquals("contactEntityId", refused.violations().get(0).path());
    }
}
