package io.contactkit.serialization;

import static io.contactkit.serialization.Fixtures.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.contactkit.domain.failure.InvalidInputException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fuzzes the patch body reader with any Content-Type (the input's first line) and body: it is read into a tree of
 * only the types the patch module expects, or refused with an explained {@link InvalidInputException} or
 * {@link UnsupportedMediaTypeException}. In {@code mvn verify} this replays the committed inputs under
 * {@code PatchBodyFuzzTestInputs/}; with {@code JAZZER_FUZZ=1} it fuzzes (see FUZZING.md).
 */
class PatchBodyFuzzTest {

    private static final Set<Class<?>> TREE_TYPES = Set.of(LinkedHashMap.class, ArrayList.class, String.class,
            Integer.class, Long.class, BigInteger.class, Double.class, Boolean.class);

    private final WireFormat wire = new WireFormat();

    @FuzzTest
    void patchBodyIsReadAsPlainTreeOrRefused(byte[] input) {
        FuzzOutcomes.Request request = FuzzOutcomes.Request.of(input);
        FuzzOutcomes.readOrExplainedRefusal(() -> wire.readPatch(body(request.body()), request.contentType()))
                .ifPresent(patch -> assertReadAsPlainTree(patch, request.contentType()));
    }

    private void assertReadAsPlainTree(PatchBody patch, String contentType) {
        if (contentType.trim().toLowerCase(Locale.ROOT).startsWith("application/json-patch+json")) {
            assertEquals(PatchBody.Kind.JSON_PATCH, patch.kind());
        }
        assertPlainTree(patch.tree(), 1);
    }

    private void assertPlainTree(Object value, int depth) {
        assertTrue(depth <= wire.limits().maxDepth(), "the tree nests no deeper than the limit");
        if (value == null) {
            return;
        }
        assertTrue(TREE_TYPES.contains(value.getClass()), () -> "the tree holds no " + value.getClass());
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(member -> assertPlainTree(member, depth + 1));
        } else if (value instanceof List<?> list) {
            list.forEach(item -> assertPlainTree(item, depth + 1));
        }
    }
}
