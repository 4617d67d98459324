package io.contactkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.contactkit.serialization.ResponseType;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AcceptHeaderTest {

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
        assertEquals(Optional.of(expected), AcceptHeader.response(accept));
    }

    @ParameterizedTest
    @ValueSource(strings = {"image/png", "application/json;q=0", "text/html, application/*;q=0", ";;;", ",;,"})
    void acceptHeaderWithoutAnyTypeWeWriteIsNotAcceptable(String accept) {
        assertEquals(Optional.empty(), AcceptHeader.response(accept));
    }

    @ParameterizedTest
    @ValueSource(strings = {";", ";;, ;", ","})
    void acceptHeaderOfOnlySeparatorsIsNotAcceptableAndGetsJsonProblems(String accept) {
        assertEquals(Optional.empty(), AcceptHeader.response(accept));
        assertEquals(ResponseType.PROBLEM_JSON, AcceptHeader.problem(accept));
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
        assertEquals(expected, AcceptHeader.problem(accept));
    }
}
