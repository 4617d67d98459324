package io.contactkit.serialization;

import static io.contactkit.serialization.Fixtures.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.Violation;
import io.contactkit.domain.model.ContactEntity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactReadingTest {

    private final WireFormat wire = new WireFormat();

    @Test
    void jsonPropertyNamesMatchWithoutRegardToCase() {
        ContactEntity read = wire.readContact(body(
                "{\"name\":\"Dare Group\",\"DEPARTMENT\":\"Sales\",\"emails\":[{\"vAlUe\":\"a@b.no\"}]}"),
                "application/json");

        assertEquals("Dare Group", read.name());
        assertEquals("Sales", read.department());
        assertEquals("a@b.no", read.emails().get(0).value());
    }

    @Test
    void xmlElementNamesMatchWithoutRegardToCase() {
        ContactEntity read = wire.readContact(body("<contactentity><NAME>Dare Group</NAME>"
                + "<emails><entityelement><value>a@b.no</value></entityelement></emails></contactentity>"),
                "text/xml");

        assertEquals("Dare Group", read.name());
        assertEquals("a@b.no", read.emails().get(0).value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "application/json|{\"Name\":\"Dare Group\",\"Departmnet\":\"Sales\"}",
        "application/xml|<ContactEntity><Name>Dare Group</Name><Departmnet>Sales</Departmnet></ContactEntity>",
        "application/x-www-form-urlencoded|Name=Dare+Group&Departmnet=Sales"})
    void misspelledPropertyIsRefusedNamingIt(String contentType, String text) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> wire.readContact(body(text), contentType));

        assertEquals(List.of("Departmnet"), paths(refused));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "application/json|{\"Name\":\"A\",\"name\":\"B\"}",
        "application/xml|<ContactEntity><Name>A</Name><name>B</name></ContactEntity>",
        "application/x-www-form-urlencoded|Name=A&name=B"})
    void propertyGivenTwiceInAnyCaseIsRefusedRatherThanGuessed(String contentType, String text) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> wire.readContact(body(text), contentType));

        assertEquals(1, refused.violations().size());
        assertTrue(refused.getMessage().contains("given twice"), refused.getMessage());
    }

    @ParameterizedTest(name = "{0} names")
    @ValueSource(ints = {2, 9, 40})
    void nameGivenTwiceIsRefusedWithItsPathWhereverItIsAndHoweverManyNamesTheObjectHas(int names) {
        String members = IntStream.range(0, names).mapToObj(i -> "\"k" + i + "\":" + i)
                .collect(Collectors.joining(","));
        String twice = "{" + members + ",\"k0\":0}";

        for (String body : List.of("{\"Name\":\"A\",\"TableRight\":" + twice + "}",
                "{\"Emails\":[{\"FieldProperties\":" + twice + "}]}",
                "{\"CustomFields\":" + twice.replaceAll(":(\\d+)", ":\"$1\"") + "}")) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> wire.readContact(body(body), "application/json"), body);

            assertEquals(1, refused.violations().size(), body);
            assertTrue(refused.getMessage().contains("given twice"), refused.getMessage());
            assertTrue(paths(refused).get(0).endsWith("k0"), paths(refused).toString());
        }
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"Phones\":[{\"Value\":\"a\"}],\"Phones\":[{\"Value\":\"b\"}]}|Phones",
        "{\"Address\":{\"Postal\":{\"City\":\"a\"}},\"Address\":{}}|Address",
        "{\"FieldProperties\":{\"Name\":{\"FieldType\":\"x\"},\"Name\":{\"FieldType\":\"y\"}}}|FieldProperties.Name"})
    void nameGivenTwiceWithAnObjectOrArrayIsRefusedNamingTheNameNotWhatItHolds(String json, String path) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> wire.readContact(body(json), "application/json"));

        assertEquals(List.of(path), paths(refused));
        assertTrue(refused.getMessage().contains("given twice"), refused.getMessage());
    }

    @Test
    void dictionaryEntryWithTwoValuesIsRefused() {
        String xml = "<ContactEntity><CustomFields><Entry><Key>k</Key><Value>a</Value><Value>b</Value></Entry>"
                + "</CustomFields></ContactEntity>";

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> wire.readContact(body(xml), "application/xml"));

        assertEquals(List.of("CustomFields"), paths(refused));
    }

    @Test
    void wrongValueDeepInsideIsRefusedWithItsPath() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> wire.readContact(
                body("{\"Name\":\"A\",\"Emails\":[{\"Value\":\"a\"},{\"Value\":5}]}"), "application/json"));

        assertEquals(List.of("Emails[1].Value"), paths(refused));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2024-05-01T12:00:00Z, 2024-05-01T12:00:00Z",
        "2024-05-01T14:00:00+02:00, 2024-05-01T12:00:00Z",
        "2024-05-01T07:30:00-04:30, 2024-05-01T12:00:00Z",
        "2024-05-01T12:00:00, 2024-05-01T12:00:00Z",
        "2019-02-10T02:30:52.4755423+01:00, 2019-02-10T01:30:52.4755423Z",
        "2024-05-01T12:00:00.5Z, 2024-05-01T12:00:00.500Z"})
    void dateTimesAreReadInEveryIsoForm(String sent, String instant) {
        String json = "{\"Name\":\"A\",\"DbiLastModified\":\"" + sent + "\"}";
        String xml = "<ContactEntity><Name>A</Name><DbiLastModified>" + sent + "</DbiLastModified></ContactEntity>";

        assertEquals(Instant.parse(instant), wire.readContact(body(json), "application/json").dbiLastModified());
        assertEquals(Instant.parse(instant), wire.readContact(body(xml), "application/xml").dbiLastModified());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "application/json|{\"Name\":\"A\",\"ContactId\":2147483648}",
        "application/xml|<ContactEntity><Name>A</Name><ContactId>2147483648</ContactId></ContactEntity>",
        "application/x-www-form-urlencoded|Name=A&ContactId=2147483648"})
    void int32OutOfRangeIsRefusedNamingTheProperty(String contentType, String text) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> wire.readContact(body(text), contentType));

        assertEquals(List.of("ContactId"), paths(refused));
        assertTrue(refused.getMessage().contains("out of range"), refused.getMessage());
    }

    @Test
    void formBodyFieldsAreNamedByPropertyPath() {
        String form = "Name=Dare+Group&department=&Address.Postal.City=Oslo&Address.Wgs84Latitude=59.91"
                + "&Emails[0].Value=post%40dare.no&Emails%5B1%5D.Value=salg%40dare.no&BounceEmails[0]=x%26y"
                + "&CustomFields[SuperOffice:1]=%C3%86rlig&NoMailing=true&ContactId=5&Category.Id=4"
                + "&Address.LocalizedAddress[0][0].Value=Karl+Johan";

        ContactEntity read = wire.readContact(body(form), "application/x-www-form-urlencoded; charset=UTF-8");

        assertEquals("Dare Group", read.name());
        assertNull(read.department(), "an empty string is no value, as SuperOffice writes it");
        assertEquals("Oslo", read.address().postal().city());
        assertEquals(59.91, read.address().wgs84Latitude());
        assertEquals("Karl Johan", read.address().localizedAddress().get(0).get(0).value());
        assertEquals(List.of("post@dare.no", "salg@dare.no"),
                read.emails().stream().map(email -> email.value()).toList());
        assertEquals(List.of("x&y"), read.bounceEmails());
        assertEquals(Map.of("SuperOffice:1", "Ærlig"), read.customFields());
        assertTrue(read.noMailing());
        assertEquals(5, read.contactId());
        assertEquals(4, read.category().id());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Emails[1].Value=x|Emails[1].Value",
        "Name.First=x|Name.First",
        "Emails.Value=x|Emails.Value",
        "Name=a&name=b|name",
        "Address=x&Address.Postal.City=y|Address.Postal.City",
        "Name=%E2%82|Name",
        "Name=100%|Name",
        "Emails[0=x|Emails[0"})
    void malformedFormFieldIsRefusedNamingIt(String form, String path) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> wire.readContact(body(form), "application/x-www-form-urlencoded"));

        assertEquals(List.of(path), paths(refused));
    }

    static List<String> paths(InvalidInputException refused) {
        return refused.violations().stream().map(Violation::path).toList();
    }
}
