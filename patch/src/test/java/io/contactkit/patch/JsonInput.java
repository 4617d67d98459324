package io.contactkit.patch;

import io.contactkit.domain.testing.TestJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fuzz input read as the JSON tree the serialization module hands to this one: fractions and exponents as Double,
 * integers as Integer, Long or BigInteger.
 */
record JsonInput(Object value) {

    /**
     * The serialization module refuses bodies nested deeper than this, so deeper ones never reach a patch (and
     * the recursive test parser would not read them).
     */
    private static final int MAX_DEPTH = 64;

    /** Empty when the input is no JSON that could reach this module: these fuzz tests are about patches. */
    static Optional<JsonInput> of(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        if (bracketDepth(text) > MAX_DEPTH) {
            return Optional.empty();
        }
        Object parsed;
        try {
            parsed = TestJson.parse(text);
        } catch (RuntimeException notJson) {
            return Optional.empty();
        }
        return Optional.of(new JsonInput(asRead(parsed)));
    }

    /** The deepest nesting of brackets, counting those in strings too, which only overestimates. */
    private static int bracketDepth(String text) {
        int depth = 0;
        int deepest = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[' || c == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return deepest;
    }

    private static Object asRead(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> read = new LinkedHashMap<>();
            map.forEach((key, member) -> read.put((String) key, asRead(member)));
            return read;
        }
        if (value instanceof List<?> list) {
            List<Object> read = new ArrayList<>(list.size());
            list.forEach(item -> read.add(asRead(item)));
            return read;
        }
        return value instanceof BigDecimal decimal ? (Object) decimal.doubleValue() : value;
    }
}
