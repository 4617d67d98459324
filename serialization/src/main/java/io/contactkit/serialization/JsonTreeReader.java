package io.contactkit.serialization;

import io.contactkit.domain.failure.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a JSON body whose meaning is a plain tree (a patch: its operations' values are typed only where they are
 * applied) into LinkedHashMap, ArrayList, String, Integer, Long, BigInteger, Double, Boolean and null, refusing
 * whatever the limits forbid with the property path where it happened.
 */
final class JsonTreeReader {

    private final Limits limits;
    private final JsonFactory factory;

    JsonTreeReader(Limits limits, JsonFactory factory) {
        this.limits = limits;
        this.factory = factory;
    }

    /** The one JSON value the body holds, whatever it is. */
    Object read(RequestBody body) {
        JsonTokens tokens = JsonTokens.of(body, factory, limits);
        try {
            JsonToken first = tokens.parser().nextToken();
            if (first == null) {
                throw InvalidInputException.of("", "the request body is empty");
            }
            Object value = tokens.value(first, true);
            tokens.end();
            return value;
        } catch (JacksonException e) {
            throw tokens.refusal(e);
        } finally {
            tokens.close();
        }
    }
}
