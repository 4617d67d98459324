package io.contactkit.serialization;

import static io.contactkit.serialization.Fixtures.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "|APPLICATION_JSON",
        "*/*|APPLICATION_JSON",
        "application/json|APPLICATION_JSON",
        "text/json|TEXT_JSON",
        "application/xml|APPLICATION_XML",
        "text/xml; charset=utf-8|TEXT_XML",
        "application/json-patch+json|APPLICATION_JSON",
        "application/merge-patch+json|APPLICATION_JSON",
        "text/*|TEXT_JSON",
        "application/xml;q=0.9, application/json;q=0.1|APPLICATION_XML",
        "application/json;q=0.5, text/xml|TEXT_XML",
        "text/xml, application/json|TEXT_XML",
        "application/*;q=0.1, text/xml;q=0|APPLICATION_JSON",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8|APPLICATION_XML",
        "application/json;q=nonsense, text/xml;q=0.2|TEXT_XML"})
    void responseTypeFollowsTheAcceptHeader(String accept, ResponseType expected) {
        assertEquals(Optional.of(expected), wire.negotiate(accept));
    }

    @ParameterizedTest
    @ValueSource(strings = {"image/png", "application/json;q=0", "text/html, application/*;q=0", ";;;", ",;,"})
    void acceptHeaderWithoutAnyTypeWeWriteIsNotAcceptable(String accept) {
        assertEquals(Optional.empty(), wire.negotiate(accept));
    }

    @ParameterizedTest
    @ValueSource(strings = {";", ";;, ;", ","})
    void acceptHeaderOfOnlySeparatorsIsNotAcceptableAndGetsJsonProblems(String accept) {
        assertEquals(Optional.empty(), wire.negotiate(accept));
        assertEquals(ResponseType.PROBLEM_JSON, wire.negotiateProblem(accept));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "|PROBLEM_JSON",
        "application/json|PROBLEM_JSON",
        "application/xml|PROBLEM_XML",
        "text/xml|PROBLEM_XML",
        "application/problem+xml|PROBLEM_XML",
        "application/problem+json, application/problem+xml;q=0.5|PROBLEM_JSON",
        "image/png|PROBLEM_JSON",
        ";;;|PROBLEM_JSON"})
    void problemTypeFollowsTheAcceptHeader(String accept, ResponseType expected) {
        assertEquals(expected, wire.negotiateProblem(accept));
    }

    @Test
    void contentTypeNamesUtf8() {
        assertEquals("application/problem+xml; charset=utf-8", ResponseType.PROBLEM_XML.contentType());
    }
}
