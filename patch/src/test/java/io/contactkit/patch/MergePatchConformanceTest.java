package io.contactkit.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.testing.TestJson;
import io.contactkit.domain.testing.TestResources;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The examples of RFC 7396, Appendix A, each turned into operations and applied by the same engine as JSON Patch. */
class MergePatchConformanceTest {

    @TestFactory
    Stream<DynamicTest> everyRfc7396ExampleGivesItsResult() {
        List<Object> examples = asList(TestJson.parse(TestResources.text("rfc7396/examples.json")));
        assertEquals(15, examples.size(), "RFC 7396 Appendix A has fifteen examples");
        System.out.println("JSON Merge Patch conformance: " + examples.size() + " RFC 7396 examples");
        return IntStream.range(0, examples.size()).mapToObj(i -> {
            Map<String, Object> example = asMap(examples.get(i));
            String name = "RFC 7396 example " + (i + 1) + " of " + examples.size() + ": "
                    + JsonValues.render(example.get("target")) + " + " + JsonValues.render(example.get("patch"));
            return DynamicTest.dynamicTest(name, () -> {
                Object result = PatchDocument.mergePatch(example.get("patch")).applyToDocument(example.get("target"));
                assertTrue(JsonValues.equal(example.get("result"), result),
                        () -> "expected " + JsonValues.render(example.get("result")) + " but got "
                                + JsonValues.render(result));
            });
        });
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
