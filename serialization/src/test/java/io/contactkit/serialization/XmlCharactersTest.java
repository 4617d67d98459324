package io.contactkit.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XmlCharactersTest {

    @ParameterizedTest
    @ValueSource(strings = {"\t", "\n", "\r", " ", "~", "\u007F", "\u00E6", "\uD7FF", "\uE000", "\uFFFD",
        "\uD83D\uDE00"})
    void characterXmlCarriesIsAllowedAnywhereInText(String character) {
        assertEquals(-1, XmlCharacters.firstUnrepresentable("ab" + character + "cd"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0008", "\u001F", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uFFFE",
        "\uFFFF"})
    void characterXmlCannotCarryIsFoundWhereItIs(String character) {
        assertEquals(2, XmlCharacters.firstUnrepresentable("ab" + character + "cd"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uDE00\uD83D", "\uD83D\uD83D"})
    void surrogatesOutOfOrderAreNotAPair(String surrogates) {
        assertEquals(2, XmlCharacters.firstUnrepresentable("ab" + surrogates));
    }
}
