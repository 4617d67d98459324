package io.contactkit.serialization;

import static io.contactkit.serialization.Fixtures.body;
import static io.contactkit.serialization.Fixtures.jsonTree;
import static io.contactkit.serialization.Fixtures.written;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.ListItem;
import io.contactkit.domain.schema.Selection;
import io.contactkit.domain.testing.SeedSamples;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

class ResponseShapingTest {

    private final WireFormat wire = new WireFormat();

    @Test
    void selectNullsEverythingElseButKeepsEveryProperty() {
        ContactEntity contact = wire.readContact(body(SeedSamples.response(SeedSamples.PUT_CONTACT)), "application/json")
                .toBuilder().category(new ListItem(4, "VIP Customer", "Very important")).build();
        Selection select = Selection.parse("name,department,category/id", ContactEntity.class);

        JsonNode all = jsonTree(written(out -> wire.writeContact(contact, Fixtures.links(contact), Selection.all(),
                ZoneOffset.UTC,
                ResponseType.APPLICATION_JSON, out)));
        JsonNode selected = jsonTree(written(out -> wire.writeContact(contact, Fixtures.links(contact), select,
                ZoneOffset.UTC,
                ResponseType.APPLICATION_JSON, out)));

        assertEquals(new ArrayList<>(all.propertyNames()), new ArrayList<>(selected.propertyNames()));
        assertEquals("Oberbrunner Inc and Sons", selected.get("Name").stringValue());
        assertEquals("", selected.get("Department").stringValue());
        assertEquals(4, selected.get("Category").get("Id").intValue());
        assertTrue(selected.get("Category").get("Value").isNull());
        assertEquals("https://crm.example.com/api/v1/contact/733", selected.get("_Links").get("Self").stringValue());
        Set<String> kept = Set.of("Name", "Department", "Category", "_Links");
        for (String name : selected.propertyNames()) {
            if (!kept.contains(name)) {
                assertTrue(selected.get(name).isNull(), name + " should be nulled out, is " + selected.get(name));
            }
        }
    }

    @Test
    void selectInXmlMarksTheOthersNil() {
        ContactEntity contact = Fixtures.everyCarrier();
        Selection select = Selection.parse("name", ContactEntity.class);

        Document xml = XmlFormatTest.dom(written(out -> wire.writeContact(contact, select, ZoneOffset.UTC,
                ResponseType.APPLICATION_XML, out)));

        assertEquals(contact.name(), XmlFormatTest.text(xml, "/ContactEntity/Name"));
        assertEquals("true", XmlFormatTest.element(xml, "/ContactEntity/Emails")
                .getAttributeNS(XmlDocumentSource.XSI, "nil"));
    }

    @Test
    void everyDateTimeIsWrittenInTheRequestedZone() {
        ContactEntity contact = Fixtures.everyCarrier();
        ZoneId oslo = ZoneId.of("Europe/Oslo");

        JsonNode json = jsonTree(written(out -> wire.writeContact(contact, Selection.all(), oslo,
                ResponseType.APPLICATION_JSON, out)));
        Document xml = XmlFormatTest.dom(written(out -> wire.writeContact(contact, Selection.all(), oslo,
                ResponseType.APPLICATION_XML, out)));

        assertEquals("2024-01-15T11:00:00.1234567+01:00", json.get("UpdatedDate").stringValue());
        assertEquals("2024-07-15T12:00:00+02:00", json.get("CreatedDate").stringValue());
        assertEquals("2023-03-01T08:00:00+01:00", json.get("Interests").get(0).get("LastChanged").stringValue());
        assertEquals("2024-07-15T12:00:00+02:00", XmlFormatTest.text(xml, "/ContactEntity/CreatedDate"));
    }

    @Test
    void dateTimesAreWrittenInUtcWithoutATimeZone() {
        ContactEntity contact = Fixtures.everyCarrier();

        JsonNode json = jsonTree(written(out -> wire.writeContact(contact, Selection.all(), ZoneOffset.UTC,
                ResponseType.APPLICATION_JSON, out)));

        assertEquals("2024-01-15T10:00:00.1234567Z", json.get("UpdatedDate").stringValue());
    }
}
