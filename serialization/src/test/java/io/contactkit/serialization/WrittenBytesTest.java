package io.contactkit.serialization;

import static io.contactkit.serialization.Fixtures.body;
import static io.contactkit.serialization.Fixtures.written;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.contactkit.codec.Documents;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.schema.Selection;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/** Contacts are written byte for byte: member order, nulls, escaping, time zones and $select. */
class WrittenBytesTest {

    private static final List<String> SELECTS = List.of("", "name,department,category/id",
            "Emails/Value,Persons/Firstname,Interests/ChildItems/Name", "address/postal/city,customFields,updatedDate");
    private static final List<String> ZONES = List.of("UTC", "Europe/Oslo", "America/St_Johns");

    /** Plain Jackson writing a document tree, with URLs unescaped as the wire format writes them. */
    private static final JsonMapper TREE_WRITER = JsonMapper.builder()
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES).build();

    private final WireFormat wire = new WireFormat();

    /**
     * The expected bodies under {@code written/} were written by the tree-building writer that the streaming one
     * replaced; links with keys that are no element names, a null and characters XML cannot carry test the members
     * written by their shape.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "every-carrier.all.oslo.json, '', Europe/Oslo, application/json",
        "every-carrier.all.oslo.xml, '', Europe/Oslo, application/xml",
        "every-carrier.selected.st-johns.json, 'address/postal/city,phones,persons/firstname,customFields,updatedDate',"
            + " America/St_Johns, application/json",
        "every-carrier.selected.st-johns.xml, 'address/postal/city,phones,persons/firstname,customFields,updatedDate',"
            + " America/St_Johns, application/xml"})
    void contactWithLinksIsWrittenExactlyAsExpected(String expected, String select, String zone, String accept) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("Self", "https://crm.example.com/api/v1/contact/42?a=1&b=<2>");
        links.put("with space", "kept as an entry");
        links.put("Broken\u0001", "text\u0001that XML cannot carry");
        links.put("Missing", null);
        ResponseType type = accept.equals("application/xml") ? ResponseType.APPLICATION_XML
                : ResponseType.APPLICATION_JSON;

        String got = written(out -> wire.writeContact(Fixtures.everyCarrier(), links,
                Selection.parse(select, ContactEntity.class),
                ZoneId.of(zone), type, out));

        assertEquals(Fixtures.resource("/written/" + expected), got);
    }

    static List<Arguments> seedBodiesSelectionsAndZones() {
        List<Arguments> cases = new ArrayList<>();
        for (Arguments body : SeedBodiesTest.seedContactBodies()) {
            for (String select : SELECTS) {
                for (String zone : ZONES) {
                    cases.add(Arguments.of(body.get()[0], body.get()[1], select, zone));
                }
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}, $select={2}, {3}")
    @MethodSource("seedBodiesSelectionsAndZones")
    void writtenJsonIsTheContactsDocumentTreeAsJackson(String name, String json, String select, String zone) {
        ContactEntity contact = wire.readContact(body(json), "application/json");
        Selection selection = Selection.parse(select, ContactEntity.class);

        String got = written(out -> wire.writeContact(contact, selection, ZoneId.of(zone),
                ResponseType.APPLICATION_JSON, out));

        assertEquals(TREE_WRITER.writeValueAsString(Documents.write(contact, selection, ZoneId.of(zone))), got);
    }
}
