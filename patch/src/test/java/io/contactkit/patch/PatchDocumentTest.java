package io.contactkit.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.failure.ConflictException;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.Violation;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.EntityElement;
import io.contactkit.domain.testing.Contacts;
import io.contactkit.domain.testing.TestJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading patch bodies, and the engine's behaviour on plain documents beyond the conformance suite. */
class PatchDocumentTest {

    @Test
    void everyMalformedOperationIsNamedByItsIndex() {
        InvalidInputException failure = assertThrows(InvalidInputException.class, () -> PatchDocument.parse(
                TestJson.parse("[{\"path\": \"/a\", \"value\": 1}, {\"op\": \"add\", \"value\": 1},"
                        + " {\"op\": \"add\", \"path\": 5, \"value\": 1},"
                        + " {\"op\": \"replace\", \"path\": \"/a\"}, {\"op\": \"spam\", \"path\": \"/a\"},"
                        + " {\"op\": \"copy\", \"from\": \"/a\", \"path\": \"/b\"},"
                        + " \"remove\", {\"op\": \"remove\", \"path\": \"/a~2\"},"
                        + " {\"op\": \"remove\", \"path\": \"/a\"}]")));

        assertEquals(List.of(
                new Violation("[0].op", "operation 0 has no op; use add, replace, remove or test"),
                new Violation("[1].path", "operation 1 (add) has no path"),
                new Violation("[2].path", "operation 2 (add): path must be a string, not a number"),
                new Violation("[3].value", "operation 3 (replace) has no value"),
                new Violation("[4].op", "operation 4: 'spam' is not a JSON Patch operation; use add, replace, remove"
                        + " or test"),
                new Violation("[5].op", "operation 5 (copy) is not supported; use add, replace, remove or test"),
                new Violation("[6]", "operation 6 must be an object with op, path and value, not a string"),
                new Violation("/a~2", "operation 7 (remove): the path is not a JSON Pointer: '~' at position 2 must"
                        + " be followed by 0 (for ~) or 1 (for /)")),
                failure.violations());
    }

    @Test
    void aBodyMustBeAnArrayOrAnObject() {
        assertFalse(PatchDocument.parse(TestJson.parse("[]")).isMergePatch());
        assertTrue(PatchDocument.parse(TestJson.parse("{}")).isMergePatch());

        InvalidInputException failure = assertThrows(InvalidInputException.class,
                () -> PatchDocument.parse("Department"));
        assertEquals("a patch must be a JSON Patch array of operations or a JSON Merge Patch object, not a string",
                failure.getMessage());
    }

    @Test
    void testComparesNumbersByValueWhateverTheirJavaType() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("int", 1);
        document.put("double", 2.5d);
        document.put("big", new BigInteger("123456789012345678901234567890"));
        PatchDocument patch = PatchDocument.jsonPatch(List.of(
                test("/int", 1.0d), test("/int", new BigDecimal("1.00")), test("/int", 1L),
                test("/double", new BigDecimal("2.50")),
                test("/big", new BigDecimal("123456789012345678901234567890.0"))));

        assertEquals(document, patch.applyToDocument(document));
        assertThrows(ConflictException.class,
                () -> PatchDocument.jsonPatch(List.of(test("/big", 1.2345678901234568E29))).applyToDocument(document));
    }

    @Test
    void testComparesObjectsInAnyMemberOrderAndArraysInOrder() {
        Object document = TestJson.parse("{\"a\": {\"x\": 1, \"y\": [1, 2]}}");

        PatchDocument reordered = PatchDocument.parse(TestJson.parse(
                "[{\"op\": \"test\", \"path\": \"/a\", \"value\": {\"y\": [1, 2], \"x\": 1}}]"));

        assertEquals(document, reordered.applyToDocument(document));
        ConflictException failure = assertThrows(ConflictException.class, () -> PatchDocument.parse(TestJson.parse(
                "[{\"op\": \"test\", \"path\": \"/a/y\", \"value\": [2, 1]}]")).applyToDocument(document));

        assertEquals("/a/y", failure.path());
        assertEquals("operation 0 (test): /a/y is [1,2], not [2,1]", failure.getMessage());
    }

    @Test
    void aContactPatchChangesWhatItReachesAndKeepsEveryOtherProperty() {
        ContactEntity contact = Contacts.fullyFilled();
        ContactEntity expected = contact.toBuilder()
                .department("Sales")
                .emails(List.of(contact.emails().get(0), contact.emails().get(1),
                        EntityElement.builder().value("new@dare.example").build()))
                .customFields(Map.of("CustomFields1", "unde"))
                .build();

        ContactEntity jsonPatched = PatchDocument.parse(TestJson.parse("[{\"op\": \"test\", \"path\": \"/OrgNr\","
                + " \"value\": \"502352\"}, {\"op\": \"replace\", \"path\": \"department\", \"value\": \"Sales\"},"
                + " {\"op\": \"add\", \"path\": \"/EMAILS/-\", \"value\": {\"Value\": \"new@dare.example\"}},"
                + " {\"op\": \"remove\", \"path\": \"/CustomFields/CustomFields2\"}]")).applyTo(contact);
        ContactEntity mergePatched = PatchDocument.parse(TestJson.parse("{\"Department\": \"Sales\", \"emails\":"
                + " [{\"Value\": \"sales@dare.example\", \"Description\": \"Sales\"}, {\"Value\": \"Post@Dare.Example \","
                + " \"Description\": \"Post\"}, {\"Value\": \"new@dare.example\"}], \"CustomFields\":"
                + " {\"CustomFields2\": null}}")).applyTo(contact);

        assertEquals(expected, jsonPatched);
        assertEquals(expected, mergePatched);
    }

    @Test
    void aPatchAppliesAlikeEachTimeAndNeverEditsItsOwnValues() {
        List<Object> operations = asList(TestJson.parse("[{\"op\": \"add\", \"path\": \"/a\", \"value\": {\"b\": 1}},"
                + " {\"op\": \"add\", \"path\": \"/a/c\", \"value\": 2}]"));
        PatchDocument patch = PatchDocument.jsonPatch(operations);
        Object document = TestJson.parse("{}");

        Object first = patch.applyToDocument(document);
        Object second = patch.applyToDocument(document);

        assertEquals(TestJson.parse("{\"a\": {\"b\": 1, \"c\": 2}}"), first);
        assertEquals(first, second);
        assertEquals(TestJson.parse("{\"b\": 1}"), asMap(operations.get(0)).get("value"));
        assertEquals(TestJson.parse("{}"), document);
    }

    @Test
    void aFailingOperationLeavesTheDocumentAsItWasAfterEarlierOnesApplied() {
        Map<String, Object> document = asMap(TestJson.parse("{\"list\": [1, 2], \"name\": \"x\"}"));
        PatchDocument patch = PatchDocument.parse(TestJson.parse("[{\"op\": \"remove\", \"path\": \"/list/0\"},"
                + " {\"op\": \"replace\", \"path\": \"/name\", \"value\": \"y\"},"
                + " {\"op\": \"replace\", \"path\": \"/missing\", \"value\": 1}]"));

        InvalidInputException failure = assertThrows(InvalidInputException.class,
                () -> patch.applyToDocument(document));

        assertEquals(List.of(new Violation("/missing", "operation 2 (replace): there is no '/missing'")),
                failure.violations());
        assertEquals(TestJson.parse("{\"list\": [1, 2], \"name\": \"x\"}"), document);
    }

    @Test
    void mergePatchMemberNamesWithSlashesAndTildesAreEscapedIntoPaths() {
        Object document = TestJson.parse("{\"a/b\": 1, \"c~d\": {\"e\": 2}}");

        Object result = PatchDocument.mergePatch(TestJson.parse("{\"a/b\": null, \"c~d\": {\"e\": 3}}"))
                .applyToDocument(document);

        assertEquals(TestJson.parse("{\"c~d\": {\"e\": 3}}"), result);
    }

    @Test
    void longValuesAreCutShortInMessages() {
        List<Object> longArray = new ArrayList<>(Arrays.asList(new Object[500]));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("a", longArray);

        ConflictException failure = assertThrows(ConflictException.class,
                () -> PatchDocument.jsonPatch(List.of(test("/a", "short"))).applyToDocument(document));

        assertTrue(failure.getMessage().length() < 300, failure::getMessage);
        assertTrue(failure.getMessage().endsWith("..., not \"short\""), failure::getMessage);
    }

    private static Map<String, Object> test(String path, Object value) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("op", "test");
        operation.put("path", path);
        operation.put("value", value);
        return operation;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object value) {
        return (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
