package io.contactkit.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.schema.Selection;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.Violation;
import io.contactkit.domain.model.Contact;
import io.contactkit.domain.search.ArchiveCell;
import io.contactkit.domain.search.ArchivePage;
import io.contactkit.domain.search.ArchiveRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The answers of GET Contact (an archive page) and of GetContactList/GetMyContacts (Contact carriers). */
class ArchiveAnswerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final ArchivePage PAGE = new ArchivePage(List.of(new ArchiveRow(25, List.of(
            new ArchiveCell("name", "Lena Trevare AS", "Lena Trevare AS"),
            new ArchiveCell("category", 3, "Leverandør"),
            new ArchiveCell("registeredDate", Instant.parse("2024-05-14T22:30:00Z"),
                    Instant.parse("2024-05-14T22:30:00Z")),
            new ArchiveCell("updatedDate", null, null),
            new ArchiveCell("stop", false, false),
            new ArchiveCell("email/emailAddress", "post@lena.example", "post@lena.example")))),
            Optional.of("token"));

    private final WireFormat wire = new WireFormat();

    @Test
    void slimRowsHoldDisplayValuesAfterPrimaryKeyAndEntityName() {
        JsonNode answer = json(PAGE, false, false);

        assertEquals("https://example.com/api/v1/archive$metadata", answer.get("odata.metadata").asString());
        assertEquals("https://example.com/api/v1/Contact?$skiptoken=token", answer.get("odata.nextLink").asString());
        JsonNode row = answer.get("value").get(0);
        assertEquals(List.of("PrimaryKey", "EntityName", "name", "category", "registeredDate", "updatedDate", "stop",
                "email/emailAddress"), List.copyOf(row.propertyNames()));
        assertEquals(25, row.get("PrimaryKey").asInt());
        assertEquals("contact", row.get("EntityName").asString());
        assertEquals("Leverandør", row.get("category").asString());
        assertEquals("2024-05-15T00:30:00+02:00", row.get("registeredDate").asString());
        assertTrue(row.get("updatedDate").isNull());
        assertTrue(row.get("stop").isBoolean());
    }

    @Test
    void fullRowsHoldRawAndDisplayValuesAndJsonSafeNamesHaveNoSlash() {
        JsonNode row = json(PAGE, true, true).get("value").get(0);

        assertEquals("nav=contact&contact_id=25", row.get("LinkHint").asString());
        assertEquals(3, row.get("Column").get("category").get("RawValue").asInt());
        assertEquals("Leverandør", row.get("Column").get("category").get("DisplayValue").asString());
        assertEquals("post@lena.example", row.get("Column").get("email_emailAddress").get("RawValue").asString());
    }

    @Test
    void theLastPageHasANullNextLinkAndXmlNamesAreXmlNames() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wire.writeArchivePage(new ArchivePage(PAGE.rows(), Optional.empty()), "m", null, ZoneOffset.UTC, false, false,
                ResponseType.APPLICATION_XML, out);
        String xml = out.toString(StandardCharsets.UTF_8);

        assertTrue(xml.contains("<ODataResponse><odata.metadata>m</odata.metadata><odata.nextLink/><value><row>"
                + "<PrimaryKey>25</PrimaryKey><EntityName>contact</EntityName><name>Lena Trevare AS</name>"), xml);
        assertTrue(xml.contains("<email_emailAddress>post@lena.example</email_emailAddress>"), xml);
        assertTrue(xml.contains("<registeredDate>2024-05-14T22:30:00Z</registeredDate><updatedDate/>"), xml);
    }

    @Test
    void contactCarriersAreAJsonArrayInPascalCaseOrAnXmlArrayOfContact() {
        Contact contact = new Contact(116, "Wehner-Gutkowski", "1550801", "", "http://www.example.com/", "Oslo",
                "377-207-0906", 1, 1, "bettye@marks.uk", null, "", "", "ADMIN", "IT", "Customer", "Norway", null,
                "", "Wehner-Gutkowski", false, 0, "692841", "1380889", null, Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wire.writeContacts(List.of(contact, contact), Selection.all(), ZoneOffset.UTC, ResponseType.APPLICATION_JSON,
                out);
        JsonNode answer = JSON.readTree(out.toByteArray());

        assertEquals(2, answer.size());
        assertEquals(116, answer.get(0).get("ContactId").asInt());
        assertEquals("http://www.example.com/", answer.get(0).get("URL").asString());
        assertEquals("Customer", answer.get(0).get("CategoryName").asString());
        assertTrue(answer.get(0).get("IsOwnerContact").isBoolean());

        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        wire.writeContacts(List.of(contact), Selection.all(), ZoneOffset.UTC, ResponseType.APPLICATION_XML, xml);
        String text = xml.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("<ArrayOfContact xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<Contact><ContactId>116</ContactId><Name>Wehner-Gutkowski</Name>"), text);
    }

    @Test
    void contactIdsAreReadFromJsonOrXmlAndBadOnesRefusedByIndex() {
        assertEquals(List.of(1, 2, 3), ids("[1, \"2\", 3]", "application/json"));
        assertEquals(List.of(7, 8), ids("<ArrayOfInt><int>7</int><int> 8 </int></ArrayOfInt>", "application/xml"));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> ids("[1, 2.5, \"x\", 99999999999]", "application/json"));
        assertEquals(List.of("[1]", "[2]", "[3]"), refused.violations().stream().map(Violation::path).toList());
        assertThrows(InvalidInputException.class, () -> ids("{\"ids\": [1]}", "application/json"));
        assertThrows(InvalidInputException.class,
                () -> ids("<!DOCTYPE a [<!ENTITY x \"1\">]><a><i>&x;</i></a>", "application/xml"));
    }

    private List<Integer> ids(String body, String contentType) {
        return wire.readContactIds(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), contentType);
    }

    private JsonNode json(ArchivePage page, boolean full, boolean jsonSafe) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wire.writeArchivePage(page, "https://example.com/api/v1/archive$metadata",
                "https://example.com/api/v1/Contact?$skiptoken=token", OSLO, full, jsonSafe,
                ResponseType.APPLICATION_JSON, out);
        return JSON.readTree(out.toByteArray());
    }
}
