package io.contactkit.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.Violation;
import io.contactkit.domain.model.Associate;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.FieldRight;
import io.contactkit.domain.model.SuperOfficeEnum;
import io.contactkit.domain.model.TableRight;
import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.port.CustomFieldDefinition;
import io.contactkit.domain.port.CustomFieldKind;
import io.contactkit.domain.port.CustomFieldType;
import io.contactkit.domain.schema.Selection;
import io.contactkit.domain.testing.TestJson;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The forms SuperOffice writes, and its official client sends back: enums by name or number, empty values, numbers and
 * booleans as JSON strings, server-owned parts in any form, and custom-field values encoded by type.
 */
class SuperOfficeFormsTest {

    private static final CustomFieldCatalog CATALOG = CustomFieldCatalog.of(List.of(
            field("SuperOffice:1", CustomFieldType.STRING, List.of()),
            field("SuperOffice:2", CustomFieldType.INTEGER, List.of()),
            field("SuperOffice:3", CustomFieldType.LIST, List.of("Gold", "Silver", "Bronze")),
            field("SuperOffice:4", CustomFieldType.DECIMAL, List.of()),
            field("SuperOffice:5", CustomFieldType.DATE, List.of()),
            field("SuperOffice:6", CustomFieldType.BOOLEAN, List.of())), false);

    @ParameterizedTest(name = "{0} {1} is written {2}")
    @CsvSource(delimiter = '|', value = {
        "E_FIELD_RIGHT|67|Update, UIHintMandatory",
        "E_FIELD_RIGHT|3|Update",
        "E_FIELD_RIGHT|1|Read",
        "E_TABLE_RIGHT|15|FULL",
        "E_TABLE_RIGHT|37|RI, RestrictedUpdate",
        "E_TABLE_RIGHT|1|Select",
        "USER_TYPE|1|InternalAssociate",
        "ADDRESS_TYPE|2|ContactStreetAddress"})
    void enumValuesAreWrittenByTheirNamesAsDotNetWritesThem(SuperOfficeEnum type, int value, String written) {
        assertEquals(written, type.format(value));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"update, uihintmandatory\"|Update, UIHintMandatory",
        "\"UIHintMandatory,Update\"|Update, UIHintMandatory",
        "67|Update, UIHintMandatory",
        "\"67\"|Update, UIHintMandatory",
        "\"read\"|Read"})
    void flagEnumsAreReadFromAnyCaseCommasOrTheirNumber(String mask, String canonical) {
        Map<String, Object> tree = Map.of("FieldRight", TestJson.parseObject("{\"Mask\": " + mask + "}"));

        io.contactkit.domain.model.FieldProperty read = Documents.read(io.contactkit.domain.model.FieldProperty.class,
                tree, ScalarSource.JSON);

        assertEquals(canonical, read.fieldRight().mask());
    }

    @Test
    void anEnumValueOfNoNameIsRefusedNamingTheProperty() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("Associate", Map.of("Type", "Employee"));
        tree.put("Address", Map.of("Street", Map.of("AtypeIdx", 99)));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> Documents.read(ContactEntity.class, tree, ScalarSource.JSON));

        assertEquals(List.of("Associate.Type", "Address.Street.AtypeIdx"),
                refused.violations().stream().map(Violation::path).toList());
        assertTrue(refused.violations().get(0).message().contains("InternalAssociate"));
    }

    @Test
    void whatTheServerOwnsIsLeftOutWhenItDoesNotReadNeverRefused() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("name", "Dare");
        tree.put("tableRight", Map.of("mask", 15, "reason", ""));
        tree.put("fieldProperties", Map.of("Name", Map.of("fieldRight", Map.of("mask", 67), "unknown", true)));
        tree.put("updatedDate", "yesterday");
        tree.put("utmParameters", Map.of("formName", "x"));
        tree.put("emails", List.of(Map.of("value", "a@b.example", "strippedValue", 7, "tableRight", "any")));

        ContactEntity read = Documents.read(ContactEntity.class, tree, ScalarSource.JSON);

        assertEquals("Dare", read.name());
        assertEquals(new TableRight("FULL", null), read.tableRight());
        assertEquals(Map.of(), read.fieldProperties());
        assertNull(read.updatedDate());
        assertNull(read.utmParameters());
        assertNull(read.emails().get(0).strippedValue());
    }

    @Test
    void numbersAndBooleansAreReadFromJsonStringsAndBooleansFromNumbers() {
        Map<String, Object> tree = Map.of("Name", "Dare", "Deleted", "0", "GroupId", " 12 ", "NoMailing", "true",
                "Xstop", 1, "Address", Map.of("Wgs84Latitude", "59.91"));

        ContactEntity read = Documents.read(ContactEntity.class, tree, ScalarSource.JSON);

        assertEquals(0, read.deleted());
        assertEquals(12, read.groupId());
        assertTrue(read.noMailing());
        assertTrue(read.xstop());
        assertEquals(59.91, read.address().wgs84Latitude());
    }

    @Test
    void emptyStringsAndUnsetDatesAreWrittenAsSuperOfficeWritesThemAndReadAsNoValue() {
        ContactEntity contact = ContactEntity.builder().name("Dare")
                .associate(Associate.builder().associateId(1).type("InternalAssociate").build()).build();

        Map<String, Object> written = Documents.write(contact, ZoneId.of("Europe/Oslo"));
        ContactEntity read = Documents.read(ContactEntity.class, written, ScalarSource.JSON);

        assertEquals("", written.get("Department"));
        assertEquals("", ((Map<?, ?>) written.get("Associate")).get("UserName"));
        assertEquals("0001-01-01T00:00:00", written.get("DbiLastModified"));
        assertEquals(contact, read);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0001-01-01T00:00:00", "0001-01-01T00:00:00.000Z", "0000-12-31T23:00:00.000Z",
        "0001-01-01T05:00:00.000Z", "''"})
    void dateTimeMinValueAsAnyClientSendsItBackIsNoDate(String sent) {
        ContactEntity read = Documents.read(ContactEntity.class, Map.of("DbiLastModified", sent), ScalarSource.JSON);

        assertNull(read.dbiLastModified());
    }

    @Test
    void aDateTimeJustAfterMinValueIsKept() {
        ContactEntity read = Documents.read(ContactEntity.class, Map.of("DbiLastModified", "0001-01-02T00:00:00Z"),
                ScalarSource.JSON);

        assertEquals(Instant.parse("0001-01-02T00:00:00Z"), read.dbiLastModified());
    }

    @Test
    void customFieldValuesAreWrittenEncodedByTheirTypes() {
        Map<String, String> plain = new LinkedHashMap<>();
        plain.put("SuperOffice:1", "text");
        plain.put("SuperOffice:2", "42");
        plain.put("SuperOffice:3", "Silver");
        plain.put("SuperOffice:4", "4.43");
        plain.put("SuperOffice:5", "1999-05-05");
        plain.put("SuperOffice:6", "true");
        plain.put("x_undefined", "as kept");
        ContactEntity contact = ContactEntity.builder().userDefinedFields(plain).build();

        Map<String, Object> written = writtenWith(contact, CATALOG);

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("SuperOffice:1", "text");
        expected.put("SuperOffice:2", "[I:42]");
        expected.put("SuperOffice:3", "[I:2]");
        expected.put("SuperOffice:3:DisplayText", "Silver");
        expected.put("SuperOffice:3:DisplayTooltip", "");
        expected.put("SuperOffice:4", "[F:4.43]");
        expected.put("SuperOffice:5", "[D:05/05/1999]");
        expected.put("SuperOffice:6", "True");
        expected.put("x_undefined", "as kept");
        assertEquals(expected, written.get("UserDefinedFields"));
        assertEquals(contact, Documents.read(ContactEntity.class, written, ScalarSource.JSON, CATALOG));
    }

    @Test
    void customFieldsWithoutAValueAreWrittenAsSuperOfficeWritesThemAndReadBackEmpty() {
        Map<String, String> empty = new LinkedHashMap<>();
        empty.put("SuperOffice:3", "");
        empty.put("SuperOffice:5", "");
        ContactEntity contact = ContactEntity.builder().customFields(empty).build();

        Map<String, Object> written = writtenWith(contact, CATALOG);

        assertEquals(Map.of("SuperOffice:3", "[I:0]", "SuperOffice:3:DisplayText", "",
                "SuperOffice:3:DisplayTooltip", "", "SuperOffice:5", "[D:01/01/0001]"), written.get("CustomFields"));
        assertEquals(contact, Documents.read(ContactEntity.class, written, ScalarSource.JSON, CATALOG));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "SuperOffice:2|[I:7]|7",
        "SuperOffice:2|007|7",
        "SuperOffice:3|[I:3]|Bronze",
        "SuperOffice:3|Gold|Gold",
        "SuperOffice:3|[I:9]|[I:9]",
        "SuperOffice:4|[F:4.430]|4.43",
        "SuperOffice:5|[D:05/01/2024]|2024-05-01",
        "SuperOffice:5|[D:01.05.2024]|2024-05-01",
        "SuperOffice:5|[DT:05/01/2024 00:00:00.0000000]|2024-05-01",
        "SuperOffice:5|2024-05-01|2024-05-01",
        "SuperOffice:6|FALSE|false",
        "SuperOffice:6|[I:1]|true",
        "SuperOffice:1|[I:1]|[I:1]",
        "x_other|[I:5]|5"})
    void customFieldValuesAreReadEncodedOrPlainIntoThePlainForm(String key, String sent, String kept) {
        ContactEntity read = Documents.read(ContactEntity.class, Map.of("CustomFields", Map.of(key, sent)),
                ScalarSource.JSON, CATALOG);

        assertEquals(Map.of(key, kept), read.customFields());
    }

    @Test
    void aListFieldsDisplayCompanionsAreNeverReadAsFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("SuperOffice:3", "[I:1]");
        fields.put("SuperOffice:3:DisplayText", "Gold");
        fields.put("SuperOffice:3:DisplayTooltip", "");
        fields.put("x_kept:DisplayText", "no field of that name");

        ContactEntity read = Documents.read(ContactEntity.class, Map.of("UserDefinedFields", fields),
                ScalarSource.JSON, CATALOG);
        ContactEntity alone = Documents.read(ContactEntity.class,
                Map.of("UserDefinedFields", Map.of("SuperOffice:3:DisplayText", "Gold")), ScalarSource.JSON, CATALOG);

        assertEquals(Map.of("SuperOffice:3", "Gold", "x_kept:DisplayText", "no field of that name"),
                read.userDefinedFields());
        assertEquals(Map.of(), alone.userDefinedFields());
    }

    @Test
    void aFieldRightMaskOfTheClientsEnumIsWrittenAsItsName() {
        Map<String, Object> written = Documents.write(new io.contactkit.domain.model.FieldProperty(
                new FieldRight("Update, UIHintMandatory", ""), "System.String", 200));

        assertEquals(Map.of("Mask", "Update, UIHintMandatory", "Reason", ""), written.get("FieldRight"));
    }

    private static Map<String, Object> writtenWith(ContactEntity contact, CustomFieldCatalog catalog) {
        TreeSink tree = new TreeSink();
        Documents.write(contact, Selection.all(), ZoneId.of("UTC"), catalog, tree);
        return tree.tree();
    }

    private static CustomFieldDefinition field(String key, CustomFieldType type, List<String> items) {
        return new CustomFieldDefinition(key, CustomFieldKind.USER_DEFINED, type, 0, items);
    }
}
