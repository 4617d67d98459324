package io.contactkit.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Compares a body as a client sent it with the body written back: every property the client sent is there with the
 * same value; what the client left out is empty. What the server computes on output (rights, links, the enrich
 * response's InitialUtmParameters) is not compared.
 */
final class JsonTrees {

    static final Set<String> OUTPUT_ONLY = Set.of("TableRight", "FieldProperties", "_Links", "InitialUtmParameters");

    private JsonTrees() {
    }

    static void assertEquivalent(JsonNode sent, JsonNode written) {
        compare(sent, written, "");
    }

    private static void compare(JsonNode sent, JsonNode written, String path) {
        if (sent.isObject()) {
            assertTrue(written.isObject(), path + " should be an object but is " + written);
            for (String name : sent.propertyNames()) {
                if (!OUTPUT_ONLY.contains(name)) {
                    assertTrue(written.has(name), path + "/" + name + " is missing from the written body");
                    compare(sent.get(name), written.get(name), path + "/" + name);
                }
            }
            for (String name : written.propertyNames()) {
                if (!sent.has(name) && !OUTPUT_ONLY.contains(name)) {
                    assertEmpty(written.get(name), path + "/" + name);
                }
            }
        } else if (sent.isArray()) {
            assertTrue(written.isArray(), path + " should be an array but is " + written);
            assertEquals(sent.size(), written.size(), path + " has another number of items");
            for (int i = 0; i < sent.size(); i++) {
                compare(sent.get(i), written.get(i), path + "/" + i);
            }
        } else if (sent.isNumber() && written.isNumber()) {
            assertEquals(0, sent.decimalValue().compareTo(written.decimalValue()), path + ": " + sent + " vs " + written);
        } else {
            assertEquals(sent, written, path);
        }
    }

    /**
     * What a client leaves out is written with its empty value: null, 0, false, an empty array or object; a string as
     * "" and a date-time as DateTime.MinValue, as SuperOffice writes them.
     */
    private static void assertEmpty(JsonNode value, String path) {
        boolean empty = value.isNull()
                || value.isString() && (value.stringValue().isEmpty()
                        || value.stringValue().equals("0001-01-01T00:00:00"))
                || value.isNumber() && value.decimalValue().signum() == 0
                || value.isBoolean() && !value.booleanValue()
                || (value.isArray() || value.isObject()) && value.isEmpty();
        if (!empty) {
            fail(path + " was not sent but is written as " + value);
        }
    }
}
