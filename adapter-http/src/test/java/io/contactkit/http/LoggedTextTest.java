package io.contactkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoggedTextTest {

    @Test
    void lineBreaksAndOtherControlCharactersAreEscapedSoNoLineCanBeForged() {
        assertEquals("ada\\u000D\\u000A2026-01-01 INFO admin signed in\\u0000\\u001B[31m\\u2028x",
                LoggedText.of("ada\r\n2026-01-01 INFO admin signed in\u0000\u001B[31m\u2028x"));
    }

    @Test
    void plainTextIsLeftAsItIsAndLongTextIsCut() {
        assertEquals("Dare Group – Ærlig", LoggedText.of("Dare Group – Ærlig"));
        assertEquals("x".repeat(200) + "...", LoggedText.of("x".repeat(5000)));
        assertEquals("null", LoggedText.of(null));
    }
}
