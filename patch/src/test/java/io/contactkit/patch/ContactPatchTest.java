package io.contactkit.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.Caller;
import io.contactkit.domain.ContactService;
import io.contactkit.domain.UpdateCondition;
import io.contactkit.domain.failure.ConflictException;
import io.contactkit.domain.failure.ContactKitException;
import io.contactkit.domain.failure.ForbiddenException;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.Violation;
import io.contactkit.domain.model.Address;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.EntityElement;
import io.contactkit.domain.model.ListItem;
import io.contactkit.domain.model.SelectableMDOListItem;
import io.contactkit.domain.model.StructuredAddress;
import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.port.CustomFieldDefinition;
import io.contactkit.domain.port.CustomFieldKind;
import io.contactkit.domain.port.CustomFieldType;
import io.contactkit.domain.port.StoredContact;
import io.contactkit.domain.rights.Principal;
import io.contactkit.domain.testing.InMemoryContactRepository;
import io.contactkit.domain.testing.SampleLists;
import io.contactkit.domain.testing.SeedSamples;
import io.contactkit.domain.testing.TestJson;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** PATCH Contact/{id} through the real ContactService, an in-memory repository and a closed custom-field catalog. */
class ContactPatchTest {

    private static final Instant CREATED = Instant.parse("2024-05-01T12:00:00Z");
    private static final Caller ADMIN = Caller.of(Principal.administrator("admin", 1));
    private static final CustomFieldCatalog CATALOG = CustomFieldCatalog.of(List.of(
            new CustomFieldDefinition("SuperOffice:1", CustomFieldKind.USER_DEFINED, CustomFieldType.STRING, 0, null),
            new CustomFieldDefinition("SuperOffice:2", CustomFieldKind.USER_DEFINED, CustomFieldType.STRING, 0, null),
            new CustomFieldDefinition("x_region", CustomFieldKind.EXTRA, CustomFieldType.LIST, 0,
                    List.of("north", "south"))), true);

    private final InMemoryContactRepository repository = new InMemoryContactRepository();
    private final ContactService service = new ContactService(repository, new SampleLists(), CATALOG,
            Clock.fixed(CREATED, ZoneOffset.UTC));
    private int contactId;

    @BeforeEach
    void storeSample() {
        contactId = service.create(sample(), ADMIN).contactId();
    }

    private static ContactEntity sample() {
        Map<String, String> customFields = new LinkedHashMap<>();
        customFields.put("SuperOffice:1", "gold");
        customFields.put("x_region", "north");
        return ContactEntity.builder()
                .name("Acme")
                .department("Sales")
                .emails(List.of(EntityElement.builder().value("info@acme.example").description("main").build()))
                .domains(List.of("acme.example", "acme.test"))
                .address(Address.builder()
                        .postal(StructuredAddress.builder().address1("Box 1").city("Oslo").zipcode("0150").build())
                        .build())
                .category(ListItem.builder().id(1).build())
                .customFields(customFields)
                .build();
    }

    // --- the seed page's own examples ---

    @Test
    void seedJsonPatchAndMergePatchGiveTheSameContact() {
        List<String> examples = seedPageExamples();
        int twin = service.create(sample(), ADMIN).contactId();

        ContactEntity byJsonPatch = patch(contactId, examples.get(0));
        ContactEntity byMergePatch = patch(twin, examples.get(1));

        assertEquals("foo", byJsonPatch.department());
        assertEquals(byJsonPatch.toBuilder().contactId(0).build(), byMergePatch.toBuilder().contactId(0).build());
        assertTrue(PatchDocument.parse(TestJson.parse(examples.get(1))).isMergePatch());
    }

    @Test
    void seedSampleRequestIsRefusedNamingItsUnknownPath() {
        StoredContact before = stored();

        InvalidInputException failure = assertThrows(InvalidInputException.class,
                () -> patch(contactId, SeedSamples.request(SeedSamples.PATCH_CONTACT)));

        Violation violation = failure.violations().get(0);
        assertEquals("perferendis", violation.path());
        assertEquals("operation 0 (add): ContactEntity has no property 'perferendis'", violation.message());
        assertEquals(before, stored());
    }

    /** The ```js blocks of the seed page: the JSON Patch example first, then the merge patch one. */
    private static List<String> seedPageExamples() {
        String page = SeedSamples.page(SeedSamples.PATCH_CONTACT);
        Matcher block = Pattern.compile("```js\\s*(.*?)```", Pattern.DOTALL).matcher(page);
        List<String> examples = new ArrayList<>();
        while (block.find()) {
            examples.add(block.group(1).trim());
        }
        assertEquals(2, examples.size(), "the seed page shows one JSON Patch and one merge patch example");
        return examples;
    }

    // --- path forms ---

    @ParameterizedTest
    @ValueSource(strings = {"/Department", "/department", "Department", "department", "/DEPARTMENT"})
    void pathsMatchWithoutRegardToCaseAndLeadingSlash(String path) {
        ContactEntity patched = patch(contactId,
                "[{\"op\": \"replace\", \"path\": \"" + path + "\", \"value\": \"R&D\"}]");

        assertEquals("R&D", patched.department());
        assertEquals("R&D", stored().entity().department());
    }

    @Test
    void dashAppendsToEmailsAndTheCoreDerivesTheStrippedValue() {
        ContactEntity patched = patch(contactId,
                "[{\"op\": \"add\", \"path\": \"/Emails/-\", \"value\": {\"value\": \" Sales@Acme.example \"}}]");

        assertEquals(2, patched.emails().size());
        assertEquals("info@acme.example", patched.emails().get(0).value());
        assertEquals(" Sales@Acme.example ", patched.emails().get(1).value());
        assertEquals("sales@acme.example", patched.emails().get(1).strippedValue());
    }

    @Test
    void indexesAddressElementsOfEveryList() {
        ContactEntity patched = patch(contactId, "["
                + "{\"op\": \"replace\", \"path\": \"/Emails/0/Value\", \"value\": \"hello@acme.example\"},"
                + "{\"op\": \"add\", \"path\": \"/Domains/1\", \"value\": \"acme.org\"},"
                + "{\"op\": \"remove\", \"path\": \"domains/0\"},"
                + "{\"op\": \"replace\", \"path\": \"/Interests/1/Selected\", \"value\": true}]");

        assertEquals("hello@acme.example", patched.emails().get(0).value());
        assertEquals(List.of("acme.org", "acme.test"), patched.domains());
        assertEquals(List.of(2), patched.interests().stream().filter(SelectableMDOListItem::selected)
                .map(SelectableMDOListItem::id).toList());
    }

    @Test
    void nestedCarrierPathsChangeOnlyTheirProperty() {
        ContactEntity patched = patch(contactId, "["
                + "{\"op\": \"replace\", \"path\": \"/address/postal/city\", \"value\": \"Bergen\"},"
                + "{\"op\": \"replace\", \"path\": \"/Category/Id\", \"value\": 2}]");

        StructuredAddress postal = patched.address().postal();
        assertEquals("Bergen", postal.city());
        assertEquals("Box 1", postal.address1());
        assertEquals("0150", postal.zipcode());
        assertEquals("Supplier", patched.category().value());
    }

    @Test
    void customFieldKeysAreMatchedExactlyAndKeepTheDeprecatedMapsInStep() {
        ContactEntity patched = patch(contactId,
                "[{\"op\": \"replace\", \"path\": \"/CustomFields/SuperOffice:1\", \"value\": \"silver\"}]");

        assertEquals("silver", patched.customFields().get("SuperOffice:1"));
        assertEquals("silver", patched.userDefinedFields().get("SuperOffice:1"));
        assertThrows(InvalidInputException.class, () -> patch(contactId,
                "[{\"op\": \"replace\", \"path\": \"/CustomFields/superoffice:1\", \"value\": \"bronze\"}]"));
    }

    @Test
    void removingACustomFieldRemovesItFromCustomFieldsAndTheDeprecatedMap() {
        ContactEntity patched = patch(contactId, "[{\"op\": \"remove\", \"path\": \"/CustomFields/x_region\"}]");

        assertFalse(patched.customFields().containsKey("x_region"));
        assertFalse(patched.extraFields().containsKey("x_region"));
        assertEquals("gold", patched.customFields().get("SuperOffice:1"));
    }

    @Test
    void mergePatchNullCustomFieldRemovesItFromCustomFieldsAndTheDeprecatedMap() {
        ContactEntity patched = patch(contactId, "{\"CustomFields\": {\"x_region\": null}}");

        assertFalse(patched.customFields().containsKey("x_region"));
        assertFalse(patched.extraFields().containsKey("x_region"));
        assertEquals("gold", patched.userDefinedFields().get("SuperOffice:1"));
    }

    @Test
    void mergePatchFollowsNestedObjectsAndMatchesNamesWithoutRegardToCase() {
        ContactEntity patched = patch(contactId, "{\"address\": {\"postal\": {\"city\": \"Bergen\"}}, "
                + "\"department\": null, \"domains\": [\"acme.org\"]}");

        assertEquals("Bergen", patched.address().postal().city());
        assertEquals("Box 1", patched.address().postal().address1());
        assertNull(patched.department());
        assertEquals(List.of("acme.org"), patched.domains());
    }

    @Test
    void mergePatchMayEchoUnchangedServerOwnedValues() {
        ContactEntity patched = patch(contactId,
                "{\"ContactId\": " + contactId + ", \"Department\": \"Support\"}");

        assertEquals("Support", patched.department());
    }

    @Test
    void removeResetsAPropertyToItsEmptyValue() {
        ContactEntity patched = patch(contactId, "["
                + "{\"op\": \"remove\", \"path\": \"/Department\"},"
                + "{\"op\": \"remove\", \"path\": \"/Domains\"},"
                + "{\"op\": \"add\", \"path\": \"/Domains/-\", \"value\": \"acme.org\"}]");

        assertNull(patched.department());
        assertEquals(List.of("acme.org"), patched.domains());
    }

    /**
     * A null carrier is not created on the way to a property below it, as RFC 6902 says for any missing parent; the
     * object is added whole instead, after which its properties can be patched in the same patch.
     */
    @Test
    void aNullCarrierIsAddedWholeBeforeItsPropertiesArePatched() {
        ContactEntity patched = patch(contactId, "["
                + "{\"op\": \"add\", \"path\": \"/SupportPerson\", \"value\": {\"Lastname\": \"Olsen\"}},"
                + "{\"op\": \"add\", \"path\": \"/SupportPerson/Firstname\", \"value\": \"Kari\"}]");

        assertEquals("Kari", patched.supportPerson().firstname());
        assertEquals("Olsen", patched.supportPerson().lastname());
    }

    @Test
    void testComparesByJsonValueAndInstant() {
        ContactEntity patched = patch(contactId, "["
                + "{\"op\": \"test\", \"path\": \"/Category/Id\", \"value\": 1.0},"
                + "{\"op\": \"test\", \"path\": \"/CreatedDate\", \"value\": \"2024-05-01T14:00:00+02:00\"},"
                + "{\"op\": \"test\", \"path\": \"/Emails/0/Value\", \"value\": \"info@acme.example\"},"
                + "{\"op\": \"replace\", \"path\": \"/Department\", \"value\": \"Tested\"}]");

        assertEquals("Tested", patched.department());
    }

    // --- failures: each leaves the stored contact as it was ---

    static Stream<Arguments> failingOperations() {
        return Stream.of(
                failure("test mismatch", "{\"op\": \"test\", \"path\": \"/Name\", \"value\": \"Other\"}",
                        ConflictException.class, "/Name", "operation 1 (test): /Name is \"Acme\", not \"Other\""),
                failure("replace of a missing custom field",
                        "{\"op\": \"replace\", \"path\": \"/CustomFields/SuperOffice:2\", \"value\": \"x\"}",
                        InvalidInputException.class, "/CustomFields/SuperOffice:2",
                        "operation 1 (replace): there is no '/CustomFields/SuperOffice:2'"),
                failure("remove of a missing custom field",
                        "{\"op\": \"remove\", \"path\": \"/CustomFields/nothing\"}",
                        InvalidInputException.class, "/CustomFields/nothing",
                        "operation 1 (remove): there is no '/CustomFields/nothing'"),
                failure("index out of range",
                        "{\"op\": \"replace\", \"path\": \"/Emails/3/Value\", \"value\": \"a@b.example\"}",
                        InvalidInputException.class, "/Emails/3/Value",
                        "operation 1 (replace): index 3 is out of range: '/Emails' has 1 element"),
                failure("insert past the end", "{\"op\": \"add\", \"path\": \"/Domains/5\", \"value\": \"x.example\"}",
                        InvalidInputException.class, "/Domains/5",
                        "operation 1 (add): index 5 is past the end of '/Domains', which has 2 elements"),
                failure("number for a string", "{\"op\": \"replace\", \"path\": \"/Department\", \"value\": 42}",
                        InvalidInputException.class, "/Department",
                        "operation 1 (replace): value 42 refused: must be a string"),
                failure("string for a boolean", "{\"op\": \"replace\", \"path\": \"NoMailing\", \"value\": \"yes\"}",
                        InvalidInputException.class, "NoMailing",
                        "operation 1 (replace): value \"yes\" refused: must be true or false"),
                failure("string for an email object", "{\"op\": \"add\", \"path\": \"/Emails/-\", \"value\": \"x\"}",
                        InvalidInputException.class, "/Emails/-",
                        "operation 1 (add): value \"x\" refused: must be an object (EntityElement)"),
                failure("unknown property inside a value",
                        "{\"op\": \"add\", \"path\": \"/Emails/-\", \"value\": {\"Mail\": \"x\"}}",
                        InvalidInputException.class, "/Emails/-",
                        "operation 1 (add): value {\"Mail\":\"x\"} refused: Mail: unknown property of EntityElement"),
                failure("read-only date",
                        "{\"op\": \"replace\", \"path\": \"/UpdatedDate\", \"value\": \"2020-01-01T00:00:00Z\"}",
                        InvalidInputException.class, "/UpdatedDate",
                        "operation 1 (replace): UpdatedDate is set by the server and cannot be changed"),
                failure("read-only id", "{\"op\": \"remove\", \"path\": \"contactid\"}",
                        InvalidInputException.class, "contactid",
                        "operation 1 (remove): ContactId is set by the server and cannot be changed"),
                failure("read-only nested property",
                        "{\"op\": \"replace\", \"path\": \"/Emails/0/StrippedValue\", \"value\": \"x\"}",
                        InvalidInputException.class, "/Emails/0/StrippedValue",
                        "operation 1 (replace): StrippedValue is set by the server and cannot be changed"),
                failure("custom field unknown to the closed catalog",
                        "{\"op\": \"add\", \"path\": \"/CustomFields/SuperOffice:99\", \"value\": \"x\"}",
                        InvalidInputException.class, "CustomFields.SuperOffice:99",
                        "is not a custom field of this installation"),
                failure("custom field value outside its list",
                        "{\"op\": \"replace\", \"path\": \"/CustomFields/x_region\", \"value\": \"east\"}",
                        InvalidInputException.class, "CustomFields.x_region",
                        "'east' is not a valid list (one of north, south)"),
                failure("name emptied", "{\"op\": \"replace\", \"path\": \"/Name\", \"value\": \"\"}",
                        InvalidInputException.class, "Name", "must not be blank"),
                failure("property of a null carrier",
                        "{\"op\": \"add\", \"path\": \"/SupportPerson/Firstname\", \"value\": \"Kari\"}",
                        InvalidInputException.class, "/SupportPerson/Firstname",
                        "operation 1 (add): /SupportPerson is null, so it has no member 'Firstname'; "
                                + "set it to an object first"),
                failure("unknown property", "{\"op\": \"replace\", \"path\": \"/Nickname\", \"value\": \"x\"}",
                        InvalidInputException.class, "/Nickname",
                        "operation 1 (replace): ContactEntity has no property 'Nickname'"),
                failure("whole contact replaced", "{\"op\": \"replace\", \"path\": \"\", \"value\": {}}",
                        InvalidInputException.class, "",
                        "operation 1 (replace): a patch cannot replace the whole document"));
    }

    private static Arguments failure(String kind, String failingOperation, Class<? extends ContactKitException> type,
                                     String path, String message) {
        return Arguments.of(kind, failingOperation, type, path, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failingOperations")
    void failingPatchLeavesTheStoredContactUnchanged(String kind, String failingOperation,
                                                    Class<? extends ContactKitException> type, String path,
                                                    String message) {
        StoredContact before = stored();
        String patch = "[{\"op\": \"replace\", \"path\": \"/Department\", \"value\": \"Changed\"}, "
                + failingOperation + "]";

        ContactKitException failure = assertThrows(type, () -> patch(contactId, patch));

        if (failure instanceof ConflictException conflict) {
            assertEquals(path, conflict.path());
            assertEquals(message, conflict.getMessage());
        } else {
            List<Violation> violations = ((InvalidInputException) failure).violations();
            assertTrue(violations.stream().anyMatch(v -> v.path().equals(path) && v.message().startsWith(message)),
                    () -> "expected " + path + ": " + message + "... in " + violations);
        }
        assertEquals(before, stored());
    }

    @Test
    void mergePatchOfAnUnknownPropertyChangesNothing() {
        StoredContact before = stored();

        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> patch(contactId, "{\"Department\": \"x\", \"Nickname\": \"y\"}"));

        assertEquals(List.of(new Violation("/Nickname", "merge patch: ContactEntity has no property 'Nickname'")),
                unknown.violations());
        assertEquals(before, stored());
    }

    /** A client's partial entity, as the official client re-sends what it read: server-owned parts in any form. */
    @Test
    void mergePatchPassesOverWhatTheServerOwnsWhateverItHolds() {
        StoredContact before = stored();

        ContactEntity patched = patch(contactId, "{\"department\": \"Support\","
                + " \"updatedDate\": \"2000-01-01T00:00:00.000Z\", \"activeErpLinks\": \"many\","
                + " \"tableRight\": {\"mask\": 15, \"reason\": \"\"},"
                + " \"fieldProperties\": {\"Name\": {\"fieldRight\": {\"mask\": 67}}},"
                + " \"_Links\": {\"Self\": \"elsewhere\"},"
                + " \"emails\": [{\"value\": \"info@acme.example\", \"strippedValue\": 7, \"tableRight\": null}]}");

        assertEquals("Support", patched.department());
        assertEquals(before.entity().createdDate(), patched.createdDate());
        assertTrue(patched.updatedDate().isAfter(Instant.parse("2020-01-01T00:00:00Z")));
        assertEquals(0, patched.activeErpLinks());
        assertEquals("info@acme.example", patched.emails().get(0).strippedValue());
    }

    /** Custom fields as the server writes them and a client sends them back: a list item by id, its companions. */
    @Test
    void mergePatchTakesCustomFieldsInTheFormTheServerWritesThem() {
        ContactEntity patched = patch(contactId, "{\"extraFields\": {\"x_region\": \"[I:2]\","
                + " \"x_region:DisplayText\": \"north\", \"x_region:DisplayTooltip\": \"\"}}");

        assertEquals("south", patched.customFields().get("x_region"));
        assertEquals(Map.of("SuperOffice:1", "gold", "x_region", "south"), patched.customFields());
    }

    @Test
    void testOperationComparesACustomFieldInEitherForm() {
        ContactEntity patched = patch(contactId, "["
                + "{\"op\": \"test\", \"path\": \"/CustomFields/x_region\", \"value\": \"[I:1]\"},"
                + "{\"op\": \"test\", \"path\": \"/CustomFields/x_region\", \"value\": \"north\"},"
                + "{\"op\": \"replace\", \"path\": \"/Department\", \"value\": \"Tested\"}]");

        assertEquals("Tested", patched.department());
    }

    @Test
    void patchNeedsTheRightToUpdate() {
        StoredContact before = stored();
        Caller reader = Caller.of(Principal.readOnly("reader", 2));
        PatchDocument patch = PatchDocument.parse(TestJson.parse("{\"Department\": \"x\"}"));

        assertThrows(ForbiddenException.class,
                () -> service.patch(contactId, patch, UpdateCondition.none(), reader));
        assertEquals(before, stored());
    }

    private ContactEntity patch(int id, String body) {
        return service.patch(id, PatchDocument.parse(TestJson.parse(body), CATALOG), UpdateCondition.none(), ADMIN);
    }

    private StoredContact stored() {
        return repository.find(contactId).orElseThrow();
    }
}
