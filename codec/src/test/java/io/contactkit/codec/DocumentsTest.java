package io.contactkit.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.Violation;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.schema.CarrierModel;
import io.contactkit.domain.schema.Property;
import io.contactkit.domain.testing.Contacts;
import io.contactkit.domain.testing.SeedSamples;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

class DocumentsTest {

    static final List<String> CONTACT_PAGES = SeedSamples.CONTACT_PAGES;

    @ParameterizedTest
    @FieldSource("CONTACT_PAGES")
    void seedRequestReadsAndWritesBackTheSameProperties(String page) {
        Map<String, Object> sent = SeedSamples.requestTree(page);

        Map<String, Object> written = Documents.write(Documents.read(ContactEntity.class, sent, ScalarSource.JSON),
                ZoneId.of("+02:00"));

        for (Map.Entry<String, Object> property : sent.entrySet()) {
            assertTrue(written.containsKey(property.getKey()), property.getKey());
        }
        assertEquals(sent.get("Name"), written.get("Name"));
        assertEquals(sent.get("Persons"), onlyKeysOf(sent.get("Persons"), written.get("Persons")));
        assertEquals(sent.get("CustomFields"), written.get("CustomFields"));
        assertEquals(instant(sent.get("DbiLastSyncronized")), instant(written.get("DbiLastSyncronized")));
    }

    @Test
    void contactIsWrittenWithEveryPropertyInWireOrderAndLinksLast() {
        ContactEntity contact = ContactEntity.builder().contactId(7).name("Dare").build();

        Map<String, String> links = new LinkedHashMap<>();
        links.put("Self", "https://crm.example/api/v1/contact/7");
        links.put("Archive", "https://crm.example/api/v1/contact");

        Map<String, Object> tree = Documents.write(contact, links, ZoneId.of("UTC"));

        List<String> names = List.copyOf(tree.keySet());
        assertEquals("ContactId", names.get(0));
        assertEquals("Name", names.get(1));
        assertEquals("_Links", names.get(names.size() - 1));
        assertEquals(CarrierModel.of(ContactEntity.class).properties().size() + 1, names.size());
        assertEquals("", tree.get("Department"), "a string without a value, as SuperOffice writes it");
        assertEquals("0001-01-01T00:00:00", tree.get("DbiLastModified"), "DateTime.MinValue, in any zone");
        assertEquals(List.copyOf(links.entrySet()), List.copyOf(((Map<?, ?>) tree.get("_Links")).entrySet()));
    }

    @Test
    void propertyNamesAreReadWithoutRegardToCase() {
        ContactEntity contact = Documents.read(ContactEntity.class,
                Map.of("NAME", "Dare", "department", "Sales", "eMaIlS", List.of(Map.of("value", "a@b.example"))),
                ScalarSource.JSON);

        assertEquals("Dare", contact.name());
        assertEquals("Sales", contact.department());
        assertEquals("a@b.example", contact.emails().get(0).value());
    }

    @Test
    void propertyGivenTwiceInDifferentCaseIsRefusedWithItsPath() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("Name", "Dare");
        tree.put("Emails", List.of(Map.of("Value", "a@b.example", "VALUE", "c@d.example")));
        tree.put("name", "Other");

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> Documents.read(ContactEntity.class, tree, ScalarSource.JSON));

        assertEquals(List.of("Emails[0].Value", "Name"), refused.violations().stream().map(Violation::path).toList());
    }

    @Test
    void unknownPropertiesAreRefusedByNameAndPath() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("Departmnet", "Sales");
        tree.put("Emails", List.of(Map.of("Value", "a@b.example", "Rank", 1)));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> Documents.read(ContactEntity.class, tree, ScalarSource.JSON));

        assertEquals(List.of("Departmnet", "Emails[0].Rank"),
                refused.violations().stream().map(Violation::path).toList());
    }

    @Test
    void whatTheServerWritesIsAcceptedBackAndIgnored() {
        Map<String, Object> answered = Documents.write(ContactEntity.builder().contactId(3).name("Dare").build(),
                Map.of("Self", "http://x/api/v1/contact/3"), ZoneId.of("UTC"));
        answered.put("InitialUtmParameters", null);

        ContactEntity read = Documents.read(ContactEntity.class, answered, ScalarSource.JSON);

        assertEquals("Dare", read.name());
        assertEquals(3, read.contactId());
    }

    @Test
    void wrongTypesAndOutOfRangeNumbersAreRefusedEachWithItsPath() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("Name", 5);
        tree.put("ContactId", 3_000_000_000L);
        tree.put("Source", 1.5);
        tree.put("NoMailing", "yes");
        tree.put("Emails", Map.of("Value", "x"));
        tree.put("Address", List.of());
        tree.put("DbiLastModified", "yesterday");
        tree.put("Domains", java.util.Arrays.asList("ok", null));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> Documents.read(ContactEntity.class, tree, ScalarSource.JSON));

        assertEquals(List.of("Name", "ContactId", "Source", "NoMailing", "Emails", "Address", "DbiLastModified",
                "Domains[1]"), refused.violations().stream().map(Violation::path).toList());
        assertTrue(refused.violations().get(1).message().contains("out of range"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2020-04-01T12:15:26.5796409+02:00, 2020-04-01T10:15:26.579640900Z",
        "2020-04-01T10:15:26Z, 2020-04-01T10:15:26Z",
        "2020-04-01T10:15:26.5, 2020-04-01T10:15:26.500Z",
        "2020-04-01T10:15:26-05:30, 2020-04-01T15:45:26Z",
        "2020-04-01, 2020-04-01T00:00:00Z",
    })
    void dateTimesAreReadInAnyIso8601FormWithoutOffsetMeaningUtc(String text, String instant) {
        ContactEntity contact = Documents.read(ContactEntity.class, Map.of("DbiLastModified", text),
                ScalarSource.JSON);

        assertEquals(Instant.parse(instant), contact.dbiLastModified());
    }

    @Test
    void dateTimesAreWrittenInTheRequestedZone() {
        ContactEntity contact = ContactEntity.builder().dbiLastModified(Instant.parse("2024-07-01T10:00:00Z"))
                .build();

        assertEquals("2024-07-01T12:00:00+02:00",
                Documents.write(contact, ZoneId.of("Europe/Oslo")).get("DbiLastModified"));
        assertEquals("2024-07-01T10:00:00Z", Documents.write(contact).get("DbiLastModified"));
    }

    @Test
    void textScalarsAreParsedByThePropertysType() {
        ContactEntity contact = Documents.read(ContactEntity.class, Map.of("ContactId", "12", "NoMailing", "true",
                "Address", Map.of("Wgs84Latitude", "59.5"), "Name", "007"), ScalarSource.TEXT);

        assertEquals(12, contact.contactId());
        assertTrue(contact.noMailing());
        assertEquals(59.5, contact.address().wgs84Latitude());
        assertEquals("007", contact.name());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"12, 12", "0012, 12", "+12, 12", "12.0, 12", "1.2e1, 12", "999999999, 999999999",
            "2147483647, 2147483647", "-2147483648, -2147483648", "١٢, 12"})
    void textNumbersInAnyDecimalFormReadAsTheirWholeNumber(String text, int expected) {
        assertEquals(expected, Documents.read(ContactEntity.class, Map.of("ContactId", text), ScalarSource.TEXT)
                .contactId());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2147483648, out of range", "12.5, whole number", "1 2, whole number"})
    void textNumbersThatAreNoInt32AreRefused(String text, String reason) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Documents.read(
                ContactEntity.class, Map.of("ContactId", text), ScalarSource.TEXT));

        assertEquals("ContactId", refused.violations().get(0).path());
        assertTrue(refused.violations().get(0).message().contains(reason), refused::getMessage);
    }

    @Test
    void textThatDoesNotParseIsRefusedWithItsPath() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Documents.read(
                ContactEntity.class, Map.of("ContactId", "twelve"), ScalarSource.TEXT));

        assertEquals("ContactId", refused.violations().get(0).path());
    }

    /** An XML or form body of such numbers (1 MiB) cost over a minute of CPU on JDK 17 before they were refused. */
    @Test
    void overlongNumberTextIsRefusedPromptlyWithItsPath() {
        String huge = "1" + "0".repeat(65_000);
        List<Object> interests = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            interests.add(Map.of("Id", huge));
        }
        Map<String, Object> tree = Map.of("ContactId", huge, "Interests", interests,
                "Address", Map.of("Wgs84Latitude", huge));

        InvalidInputException refused = assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                assertThrows(InvalidInputException.class,
                        () -> Documents.read(ContactEntity.class, tree, ScalarSource.TEXT)));

        assertEquals(18, refused.violations().size());
        assertTrue(refused.violations().contains(new Violation("Interests[15].Id",
                "is longer than 1000 characters, too long for a number")), refused::getMessage);
        assertTrue(refused.violations().contains(new Violation("Address.Wgs84Latitude",
                "is longer than 1000 characters, too long for a number")), refused::getMessage);
    }

    @Test
    void nullsForNumbersAndListsGiveTheirEmptyValue() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("ContactId", null);
        tree.put("Emails", null);
        tree.put("CustomFields", null);

        ContactEntity contact = Documents.read(ContactEntity.class, tree, ScalarSource.JSON);

        assertEquals(0, contact.contactId());
        assertEquals(List.of(), contact.emails());
        assertEquals(Map.of(), contact.customFields());
        assertNull(contact.name());
    }

    private static Instant instant(Object text) {
        return java.time.OffsetDateTime.parse((String) text).toInstant();
    }

    /** The written items cut down to the properties the sent items have (the writer adds absent ones as null). */
    @SuppressWarnings("unchecked")
    @Test
    void eachPropertyIsWrittenAloneAsTheWholeTreeHoldsIt() {
        ContactEntity contact = Contacts.fullyFilled();
        Map<String, Object> tree = Documents.write(contact);

        for (Property property : CarrierModel.of(ContactEntity.class).properties()) {
            assertEquals(tree.get(property.name()), Documents.write(property, property.read(contact)), property.name());
        }
    }

    private static Object onlyKeysOf(Object sent, Object written) {
        List<Map<String, Object>> copy = new java.util.ArrayList<>();
        List<Object> sentItems = (List<Object>) sent;
        List<Object> writtenItems = (List<Object>) written;
        for (int i = 0; i < writtenItems.size(); i++) {
            Map<String, Object> map = new LinkedHashMap<>((Map<String, Object>) writtenItems.get(i));
            map.keySet().retainAll(((Map<String, Object>) sentItems.get(i)).keySet());
            copy.add(map);
        }
        return copy;
    }
}
