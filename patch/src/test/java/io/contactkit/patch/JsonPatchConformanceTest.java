package io.contactkit.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.failure.ConflictException;
import io.contactkit.domain.failure.ContactKitException;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.testing.TestJson;
import io.contactkit.domain.testing.TestResources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The public JSON Patch conformance suite (json-patch/json-patch-tests) against the engine on plain documents. Every
 * enabled case whose operations are add, replace, remove and test must give its expected document or raise an error
 * and leave the document as it was; every case using move or copy must be refused as unsupported.
 */
class JsonPatchConformanceTest {

    private static final Set<String> SUPPORTED = Set.of("add", "replace", "remove", "test");
    private static final Set<String> UNSUPPORTED = Set.of("move", "copy");

    @TestFactory
    Stream<DynamicNode> testsJson() {
        return suite("tests.json");
    }

    @TestFactory
    Stream<DynamicNode> specTestsJson() {
        return suite("spec_tests.json");
    }

    private static Stream<DynamicNode> suite(String file) {
        List<Object> records = asList(TestJson.parse(TestResources.text("rfc6902/" + file)));
        List<DynamicNode> applied = new ArrayList<>();
        List<DynamicNode> refused = new ArrayList<>();
        List<DynamicNode> unknown = new ArrayList<>();
        int disabled = 0;
        for (int i = 0; i < records.size(); i++) {
            Map<String, Object> record = asMap(records.get(i));
            if (Boolean.TRUE.equals(record.get("disabled"))) {
                disabled++;
                continue;
            }
            String name = "#" + i + " " + description(record);
            if (uses(record, UNSUPPORTED)) {
                refused.add(DynamicTest.dynamicTest(name, () -> isRefusedAsUnsupported(record)));
            } else if (operations(record).allMatch(SUPPORTED::contains)) {
                applied.add(DynamicTest.dynamicTest(name, () -> appliesAsExpected(record)));
            } else {
                unknown.add(DynamicTest.dynamicTest(name, () -> isRefusedAsUnknown(record)));
            }
        }
        String counts = file + ": " + records.size() + " cases, " + disabled + " disabled, " + applied.size()
                + " with add/replace/remove/test, " + refused.size() + " with move/copy, " + unknown.size()
                + " with an unknown op";
        System.out.println("JSON Patch conformance " + counts);
        return Stream.of(
                DynamicContainer.dynamicContainer(file + ": " + applied.size() + " add/replace/remove/test cases "
                        + "give their result", applied.stream()),
                DynamicContainer.dynamicContainer(file + ": " + refused.size() + " move/copy cases refused as "
                        + "unsupported", refused.stream()),
                DynamicContainer.dynamicContainer(file + ": " + unknown.size() + " cases with an unknown op refused",
                        unknown.stream()));
    }

    private static void appliesAsExpected(Map<String, Object> record) {
        Object document = record.get("doc");
        Object pristine = JsonValues.copy(document);
        if (record.containsKey("expected")) {
            Object result = PatchDocument.jsonPatch(asList(record.get("patch"))).applyToDocument(document);
            assertTrue(JsonValues.equal(record.get("expected"), result),
                    () -> "expected " + JsonValues.render(record.get("expected")) + " but got "
                            + JsonValues.render(result));
        } else {
            ContactKitException failure = assertThrows(ContactKitException.class,
                    () -> PatchDocument.jsonPatch(asList(record.get("patch"))).applyToDocument(document),
                    () -> "should fail: " + record.get("error"));
            assertTrue(failure instanceof InvalidInputException || failure instanceof ConflictException,
                    () -> "unexpected failure kind " + failure);
            assertTrue(failure.getMessage().contains("operation "), failure::getMessage);
        }
        assertTrue(JsonValues.equal(pristine, document), "the given document must stay as it was");
    }

    private static void isRefusedAsUnsupported(Map<String, Object> record) {
        int index = firstIndex(record, UNSUPPORTED::contains);
        String op = (String) asMap(asList(record.get("patch")).get(index)).get("op");
        assertRefusedAt(record, index, "operation " + index + " (" + op + ") is not supported");
    }

    private static void isRefusedAsUnknown(Map<String, Object> record) {
        int index = firstIndex(record, op -> !SUPPORTED.contains(op));
        assertRefusedAt(record, index, "operation " + index + ": '");
    }

    private static void assertRefusedAt(Map<String, Object> record, int index, String message) {
        List<Object> patch = asList(record.get("patch"));
        InvalidInputException failure = assertThrows(InvalidInputException.class,
                () -> PatchDocument.jsonPatch(patch));
        assertEquals("[" + index + "].op", failure.violations().get(0).path());
        assertTrue(failure.violations().get(0).message().startsWith(message),
                () -> "expected '" + message + "...' in " + failure.getMessage());
    }

    private static Stream<Object> operations(Map<String, Object> record) {
        return asList(record.get("patch")).stream().map(op -> asMap(op).get("op"));
    }

    private static boolean uses(Map<String, Object> record, Set<String> ops) {
        return operations(record).anyMatch(ops::contains);
    }

    private static int firstIndex(Map<String, Object> record, Predicate<Object> op) {
        List<Object> names = operations(record).toList();
        for (int i = 0; i < names.size(); i++) {
            if (op.test(names.get(i))) {
                return i;
            }
        }
        throw new IllegalArgumentException("no such operation in " + names);
    }

    private static String description(Map<String, Object> record) {
        Object comment = record.get("comment");
        String outcome = record.containsKey("error") ? "fails: " + record.get("error") : "applies";
        return comment == null ? outcome : comment + " (" + outcome + ")";
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
