package io.contactkit.serialization;

import static io.contactkit.serialization.Fixtures.jsonTree;
import static io.contactkit.serialization.Fixtures.written;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.contactkit.domain.failure.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

class ProblemDetailsTest {

    private final WireFormat wire = new WireFormat();
    private final ProblemDetails problem = ProblemDetails.of(400, "Invalid input", "2 properties are invalid")
            .withInstance("/api/v1/Contact/5")
            .withErrors(List.of(new Violation("Departmnet", "unknown property of ContactEntity"),
                    new Violation("Emails[0].Value", "must be a string")))
            .withCorrelationId("c0ffee");

    @Test
    void problemJsonHasTheRfcMembersThenErrorsAndCorrelationId() {
        JsonNode json = jsonTree(written(out -> wire.writeProblem(problem, ResponseType.PROBLEM_JSON, out)));

        assertEquals(List.of("type", "title", "status", "detail", "instance", "errors", "correlationId"),
                List.copyOf(json.propertyNames()));
        assertEquals("about:blank", json.get("type").stringValue());
        assertEquals(400, json.get("status").intValue());
        assertEquals("Emails[0].Value", json.get("errors").get(1).get("path").stringValue());
        assertEquals("must be a string", json.get("errors").get(1).get("message").stringValue());
        assertEquals("c0ffee", json.get("correlationId").stringValue());
    }

    @Test
    void problemJsonLeavesOutWhatIsNotKnown() {
        JsonNode json = jsonTree(written(out -> wire.writeProblem(ProblemDetails.of(404, "Not found", null),
                ResponseType.PROBLEM_JSON, out)));

        assertEquals(List.of("type", "title", "status"), List.copyOf(json.propertyNames()));
    }

    @Test
    void problemXmlFollowsRfc9457AppendixB() {
        Document xml = XmlFormatTest.dom(written(out -> wire.writeProblem(problem, ResponseType.PROBLEM_XML, out)));
        Element root = xml.getDocumentElement();

        assertEquals("problem", root.getLocalName());
        assertEquals("urn:ietf:rfc:7807", root.getNamespaceURI());
        assertEquals("400", child(root, "status").getTextContent());
        assertEquals("/api/v1/Contact/5", child(root, "instance").getTextContent());
        Element secondError = (Element) child(root, "errors").getElementsByTagNameNS("urn:ietf:rfc:7807", "i").item(1);
        assertEquals("Emails[0].Value", child(secondError, "path").getTextContent());
        assertEquals("c0ffee", child(root, "correlationId").getTextContent());
    }

    @Test
    void problemXmlLeavesOutWhatIsNotKnown() {
        Document xml = XmlFormatTest.dom(written(out -> wire.writeProblem(ProblemDetails.of(404, "Not found", null),
                ResponseType.PROBLEM_XML, out)));

        assertFalse(xml.getDocumentElement().getElementsByTagNameNS("*", "detail").getLength() > 0);
        assertEquals("Not found", child(xml.getDocumentElement(), "title").getTextContent());
    }

    private static Element child(Element parent, String name) {
        return (Element) parent.getElementsByTagNameNS("urn:ietf:rfc:7807", name).item(0);
    }
}
