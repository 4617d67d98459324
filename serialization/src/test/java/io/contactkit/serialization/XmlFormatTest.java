package io.contactkit.serialization;

import static io.contactkit.serialization.Fixtures.body;
import static io.contactkit.serialization.Fixtures.written;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.schema.Selection;
import java.io.StringReader;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class XmlFormatTest {

    private final WireFormat wire = new WireFormat();
    private final ContactEntity contact = Fixtures.everyCarrier();

    @Test
    void contactWithEveryCarrierWrittenAsXmlReadsBackEqual() {
        assertEquals(contact, wire.readContact(body(xml(contact)), "application/xml"));
    }

    @Test
    void contactWithEveryCarrierGoesFromJsonThroughXmlToTheSameJson() {
        ContactEntity fromXml = wire.readContact(body(xml(contact)), "application/xml");

        assertEquals(json(contact), json(fromXml));
    }

    /** As SuperOffice writes them: a string without a value is an empty element; null marks a missing carrier. */
    @Test
    void emptyStringsAreWrittenEmptyAndReadAsNoValue() {
        Document document = dom(xml(contact));

        assertEquals("", element(document, "/ContactEntity/OrgNr").getAttributeNS(XmlDocumentSource.XSI, "nil"));
        assertEquals("", text(document, "/ContactEntity/OrgNr"));
        assertEquals("true", element(document, "/ContactEntity/CreatedBy").getAttributeNS(XmlDocumentSource.XSI, "nil"));
        ContactEntity read = wire.readContact(body(xml(contact)), "application/xml");
        assertNull(read.orgNr());
        assertNull(read.department());
        assertNull(read.createdBy());
        assertEquals(List.of("bounce@aerlig.no", ""), read.bounceEmails());
    }

    @Test
    void rootIsNamedForTheCarrierAndChildrenForTheProperties() {
        Document document = dom(xml(contact));

        assertEquals("ContactEntity", document.getDocumentElement().getTagName());
        assertEquals("42", text(document, "/ContactEntity/ContactId"));
        assertEquals("Ærlig & Sønn <AS> \"quoted\"", text(document, "/ContactEntity/Name"));
        assertEquals("Oslo", text(document, "/ContactEntity/Address/Postal/City"));
    }

    @Test
    void arraysHoldOneElementPerItemNamedForTheItem() {
        Document document = dom(xml(contact));

        assertEquals(2, count(document, "/ContactEntity/Emails/EntityElement"));
        assertEquals("salg@aerlig.no", text(document, "/ContactEntity/Emails/EntityElement[2]/Value"));
        assertEquals("aerlig.no", text(document, "/ContactEntity/Domains/string"));
        assertEquals("Dinghy", text(document,
                "/ContactEntity/Interests/SelectableMDOListItem/ChildItems/SelectableMDOListItem/ChildItems/"
                        + "SelectableMDOListItem/Name"));
        assertEquals("0154", text(document,
                "/ContactEntity/Address/LocalizedAddress/ArrayOfLocalizedField[2]/LocalizedField/Value"));
    }

    @Test
    void dictionariesHoldKeyValueEntries() {
        Document document = dom(xml(contact));

        assertEquals("SuperOffice:1", text(document, "/ContactEntity/UserDefinedFields/Entry[1]/Key"));
        assertEquals("first", text(document, "/ContactEntity/UserDefinedFields/Entry[1]/Value"));
        assertEquals("200", text(document, "/ContactEntity/FieldProperties/Entry[Key='Name']/Value/FieldLength"));
    }

    @Test
    void contactWithLinksIsWrittenUnderTheContactRootWithItsLinks() {
        String xml = written(out -> wire.writeContact(contact, Fixtures.links(contact),
                Selection.all(), ZoneOffset.UTC, ResponseType.APPLICATION_XML, out));
        Document document = dom(xml);

        assertEquals("ContactEntity", document.getDocumentElement().getTagName());
        assertEquals("https://crm.example.com/api/v1/contact/42", text(document, "/ContactEntity/_Links/Self"));
    }

    @Test
    void storedTextThatXmlCannotCarryIsWrittenWithReplacementCharacters() {
        ContactEntity stored = contact.toBuilder().name("bell\u0007 and half \ud83d pair").build();

        ContactEntity read = wire.readContact(body(xml(stored)), "application/xml");

        assertEquals("bell\ufffd and half \ufffd pair", read.name());
        assertEquals(contact.department(), read.department());
    }

    @Test
    void itemElementsMayHaveAnyName() {
        String xml = "<ContactEntity><Name>A</Name><Emails><Email><Value>a@b.no</Value></Email></Emails>"
                + "<Domains><d>a.no</d><d>b.no</d></Domains>"
                + "<CustomFields><KeyValuePair><Key>k</Key><Value>v</Value></KeyValuePair></CustomFields>"
                + "</ContactEntity>";

        ContactEntity read = wire.readContact(body(xml), "application/xml");

        assertEquals("a@b.no", read.emails().get(0).value());
        assertEquals(List.of("a.no", "b.no"), read.domains());
        assertEquals("v", read.customFields().get("k"));
    }

    @Test
    void elementsMixingTextAndChildrenAreRefusedWithTheirPath() {
        String xml = "<ContactEntity><Address>loose text<Street><City>Oslo</City></Street></Address></ContactEntity>";

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> wire.readContact(body(xml), "application/xml"));

        assertEquals("Address", refused.violations().get(0).path());
    }

    @Test
    void scalarPropertyWithChildElementsIsRefusedWithItsPath() {
        String xml = "<ContactEntity><Name><First>A</First></Name></ContactEntity>";

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> wire.readContact(body(xml), "application/xml"));

        assertEquals("Name", refused.violations().get(0).path());
    }

    @Test
    void rootOfAnotherNameIsRefused() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> wire.readContact(body("<Person><Name>A</Name></Person>"), "application/xml"));

        assertTrue(refused.getMessage().contains("<ContactEntity>"), refused.getMessage());
    }

    private String xml(ContactEntity entity) {
        return written(out -> wire.writeContact(entity, Selection.all(), ZoneOffset.UTC, ResponseType.APPLICATION_XML,
                out));
    }

    private String json(ContactEntity entity) {
        return written(out -> wire.writeContact(entity, Selection.all(), ZoneOffset.UTC, ResponseType.APPLICATION_JSON,
                out));
    }

    static Document dom(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + xml, e);
        }
    }

    static String text(Document document, String xpath) {
        return element(document, xpath).getTextContent();
    }

    static Element element(Document document, String xpath) {
        NodeList nodes = nodes(document, xpath);
        assertEquals(1, nodes.getLength(), xpath + " should match one element");
        return (Element) nodes.item(0);
    }

    private static int count(Document document, String xpath) {
        return nodes(document, xpath).getLength();
    }

    private static NodeList nodes(Document document, String xpath) {
        try {
            return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
        } catch (Exception e) {
            throw new AssertionError(xpath, e);
        }
    }
}
