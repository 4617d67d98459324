package io.contactkit.serialization;

import static io.contactkit.serialization.Fixtures.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.testing.SeedSamples;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PatchBodyTest {

    private final WireFormat wire = new WireFormat();

    @ParameterizedTest
    @ValueSource(strings = {"application/json-patch+json", "application/json", "text/json; charset=utf-8"})
    void seedPatchRequestIsAJsonPatch(String contentType) {
        PatchBody patch = wire.readPatch(body(SeedSamples.request(SeedSamples.PATCH_CONTACT)), contentType);

        assertEquals(PatchBody.Kind.JSON_PATCH, patch.kind());
        List<?> operations = (List<?>) patch.tree();
        assertEquals(2, operations.size());
        assertEquals(Map.of("op", "add", "path", "perferendis", "value", Map.of()), operations.get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/merge-patch+json", "application/json"})
    void objectIsAMergePatchThatKeepsItsNulls(String contentType) {
        PatchBody patch = wire.readPatch(body("{\"Name\":\"B\",\"Department\":null,\"Address\":{\"Postal\":null}}"),
                contentType);

        assertEquals(PatchBody.Kind.MERGE_PATCH, patch.kind());
        Map<?, ?> tree = (Map<?, ?>) patch.tree();
        assertEquals("B", tree.get("Name"));
        assertTrue(tree.containsKey("Department"));
        assertEquals(null, tree.get("Department"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "application/json-patch+json|{\"op\":\"remove\",\"path\":\"/Name\"}|array",
        "application/merge-patch+json|[{\"op\":\"remove\",\"path\":\"/Name\"}]|object",
        "application/json|\"remove Name\"|array of operations",
        "application/json|null|array of operations"})
    void patchOfTheWrongShapeIsRefused(String contentType, String text, String expected) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> wire.readPatch(body(text), contentType));

        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
    }
}
