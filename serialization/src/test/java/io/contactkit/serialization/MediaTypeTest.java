package io.contactkit.serialization;

import static io.contactkit.serialization.Fixtures.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediaTypeTest {

    private final WireFormat wire = new WireFormat();

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "text/json", "Application/JSON; charset=UTF-8",
        "application/json;charset=\"utf-8\""})
    void jsonContactIsReadUnderEveryJsonType(String contentType) {
        assertEquals("A", wire.readContact(body("{\"Name\":\"A\"}"), contentType).name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/xml", "text/xml; charset=utf-8"})
    void xmlContactIsReadUnderEveryXmlType(String contentType) {
        assertEquals("A", wire.readContact(body("<ContactEntity><Name>A</Name></ContactEntity>"), contentType).name());
    }

    @Test
    void charsetOtherThanUtf8IsRefusedNamingIt() {
        UnsupportedMediaTypeException refused = assertThrows(UnsupportedMediaTypeException.class,
                () -> wire.readContact(body("{\"Name\":\"A\"}"), "application/json; charset=ISO-8859-1"));

        assertTrue(refused.getMessage().contains("ISO-8859-1"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/merge-patch+json", "multipart/form-data; boundary=x", "json",
        ";;;", ";", "/", "application/json/x"})
    void contactInAnotherMediaTypeIsRefusedListingTheReadableOnes(String contentType) {
        UnsupportedMediaTypeException refused = assertThrows(UnsupportedMediaTypeException.class,
                () -> wire.readContact(body("{\"Name\":\"A\"}"), contentType));

        assertEquals(wire.contactRequestTypes(), refused.supported());
    }

    /** Found by PatchBodyFuzzTest: a header of nothing but separators has no media type at all. */
    @ParameterizedTest
    @ValueSource(strings = {";", ";;;"})
    void contentTypeOfOnlySeparatorsIsRefusedAsUnsupported(String contentType) {
        UnsupportedMediaTypeException refused = assertThrows(UnsupportedMediaTypeException.class,
                () -> wire.readPatch(body("[]"), contentType));

        assertEquals(wire.patchRequestTypes(), refused.supported());
    }

    @Test
    void bodyWithoutContentTypeIsRefused() {
        assertThrows(UnsupportedMediaTypeException.class, () -> wire.readContact(body("{\"Name\":\"A\"}"), null));
    }

    @Test
    void patchInXmlIsRefused() {
        UnsupportedMediaTypeException refused = assertThrows(UnsupportedMediaTypeException.class,
                () -> wire.readPatch(body("<a/>"), "application/xml"));

        assertEquals(wire.patchRequestTypes(), refused.supported());
    }

    @Test
    void contentTypeNamesUtf8() {
        assertEquals("application/problem+xml; charset=utf-8", ResponseType.PROBLEM_XML.contentType());
    }
}
