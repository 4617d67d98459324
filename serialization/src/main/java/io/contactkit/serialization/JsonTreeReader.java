package io.contactkit.serialization;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.schema.CarrierModel;
import io.contactkit.domain.schema.Property;
import io.contactkit.domain.schema.ValueType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads JSON text into a plain tree (LinkedHashMap, ArrayList, String, Integer, Long, BigInteger, Double, Boolean,
 * null), refusing whatever the limits forbid with the property path where it happened. Given the carrier the text
 * holds, each string is also held to its property's max length as soon as it is read, so the rest of an over-long
 * body is never parsed.
 */
final class JsonTreeReader {

    private final Limits limits;
    private final JsonFactory factory;

    JsonTreeReader(Limits limits) {
        this.limits = limits;
        // Jackson refuses over-long strings and names while it scans them; its depth check sits one level
        // above ours so that ours, which names the path, speaks first.
        // Interned names are the core's wire names themselves, so the property model finds them by identity.
        this.factory = JsonFactory.builder()
                .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth() + 1)
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxStringLength())
                        .build())
                .build();
    }

    /** The one JSON value the text holds, whatever it is. */
    Object read(String text) {
        return read(text, null);
    }

    /**
     * The one JSON value the text holds.
     *
     * @param model the carrier the text should hold, whose properties' max lengths apply; null for any JSON
     */
    Object read(String text, CarrierModel model) {
        JsonParser parser = factory.createParser(ObjectReadContext.empty(), text);
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw InvalidInputException.of("", "the request body is empty");
            }
            Slot root = model == null ? null : Slot.root(model);
            Object value = value(parser, first, 1, root, mayHoldUnrepresentable(text));
            if (parser.nextToken() != null) {
                throw refuse(parser, "trailing content after the JSON value" + at(parser.currentLocation()));
            }
            return value;
        } catch (StreamConstraintsException e) {
            throw refuse(parser, withoutConstraintName(e.getOriginalMessage()));
        } catch (JacksonException e) {
            throw refuse(parser, "is not well-formed JSON: " + e.getOriginalMessage() + at(e.getLocation()));
        }
    }

    /**
     * @param slot            what the model expects here, or null where it expects nothing (no model, unknown
     *                        property)
     * @param checkCharacters whether strings may hold characters XML cannot carry, see
     *                        {@link #mayHoldUnrepresentable(String)}
     */
    private Object value(JsonParser parser, JsonToken token, int depth, Slot slot, boolean checkCharacters) {
        switch (token) {
            case START_OBJECT:
                return object(parser, depth, slot, checkCharacters);
            case START_ARRAY:
                return array(parser, depth, slot, checkCharacters);
            case VALUE_STRING:
                String value = parser.getString();
                return withinMaxLength(checkCharacters ? string(parser, value) : value, slot);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return parser.getNumberValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw refuse(parser, "unexpected " + token + at(parser.currentLocation()));
        }
    }

    private Map<String, Object> object(JsonParser parser, int depth, Slot slot, boolean checkCharacters) {
        checkDepth(parser, depth);
        CarrierModel model = slot == null ? null : slot.carrierModel();
        Map<String, Object> object = model == null ? new LinkedHashMap<>() : new LinkedHashMap<>(capacityFor(model));
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = checkCharacters ? string(parser, parser.currentName()) : parser.currentName();
            Slot member = slot == null ? null : slot.member(model, name);
            Object value = value(parser, parser.nextToken(), depth + 1, member, checkCharacters);
            int before = object.size();
            object.put(name, value);
            if (object.size() == before) {
                throw refuse(parser, "is given twice");
            }
        }
        return object;
    }

    /** Room for every property of the carrier without growing the map while it is filled. */
    private static int capacityFor(CarrierModel model) {
        return (int) (model.properties().size() / 0.75f) + 1;
    }

    private List<Object> array(JsonParser parser, int depth, Slot slot, boolean checkCharacters) {
        checkDepth(parser, depth);
        List<Object> array = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            array.add(value(parser, token, depth + 1, slot == null ? null : slot.item(array.size()),
                    checkCharacters));
        }
        return array;
    }

    private static String withinMaxLength(String value, Slot slot) {
        if (slot != null && slot.maxLength() > 0 && slot.type() instanceof ValueType.Scalar
                && value.length() > slot.maxLength()) {
            throw InvalidInputException.of(slot.path(), "is longer than " + slot.maxLength() + " characters");
        }
        return value;
    }

    /**
     * Whether a string or name of the text may hold a character XML cannot carry. Jackson refuses control
     * characters that are not escaped, and strict UTF-8 decoding leaves no lone surrogate; so only an escape (a
     * backslash followed by u, b or f) or a U+FFFE or U+FFFF sent as it is can bring one. Most bodies hold neither,
     * and their strings need no character check.
     */
    private static boolean mayHoldUnrepresentable(String text) {
        return text.indexOf('\\') >= 0 || text.indexOf('\uFFFE') >= 0 || text.indexOf('\uFFFF') >= 0;
    }

    /** Jackson has held the string to the length limit while it scanned it. */
    private static String string(JsonParser parser, String value) {
        int bad = XmlCharacters.firstUnrepresentable(value);
        if (bad >= 0) {
            throw refuse(parser, XmlCharacters.describe(value, bad));
        }
        return value;
    }

    private void checkDepth(JsonParser parser, int depth) {
        if (depth > limits.maxDepth()) {
            // the parser has entered the container already: its path is the parent's position
            throw InvalidInputException.of(path(parser.streamReadContext().getParent()),
                    "nests deeper than " + limits.maxDepth() + " levels");
        }
    }

    private static InvalidInputException refuse(JsonParser parser, String message) {
        return InvalidInputException.of(path(parser.streamReadContext()), message);
    }

    /** The property path of the parser's position, as the core writes paths: {@code Emails[0].Value}. */
    private static String path(TokenStreamContext context) {
        Deque<String> segments = new ArrayDeque<>();
        for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                segments.push("[" + Math.max(at.getCurrentIndex(), 0) + "]");
            } else if (at.currentName() != null) {
                segments.push("." + at.currentName());
            }
        }
        String path = String.join("", segments);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String at(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /**
     * What the model expects at a position of the document. The path is spelled out only when a refusal names it:
     * most positions are read without one.
     *
     * @param maxLength the longest string allowed here (a list's applies to its items), 0 for no field limit
     * @param parent    the slot of the enclosing object or list, null at the root
     * @param name      the member's name in the model's spelling, or null for a list item
     * @param index     the list item's index, when the name is null
     */
    private record Slot(ValueType type, int maxLength, Slot parent, String name, int index) {

        static Slot root(CarrierModel model) {
            return new Slot(new ValueType.Carrier(model.type()), 0, null, null, 0);
        }

        /** The model of the carrier this slot holds; null when it holds no carrier. */
        CarrierModel carrierModel() {
            return type instanceof ValueType.Carrier carrier ? carrier.model() : null;
        }

        /**
         * The slot of an object member; null where the model expects none, which the core refuses or ignores.
         *
         * @param model this slot's {@link #carrierModel()}, looked up once per object
         */
        Slot member(CarrierModel model, String name) {
            if (model != null) {
                Optional<Property> property = model.property(name);
                if (property.isEmpty()) {
                    return null;
                }
                Property known = property.get();
                return new Slot(known.type(), known.serverOwned() ? 0 : known.maxLength(), this, known.name(), 0);
            }
            if (type instanceof ValueType.Dictionary dictionary) {
                return new Slot(dictionary.value(), 0, this, name, 0);
            }
            return null;
        }

        Slot item(int index) {
            return type instanceof ValueType.ListOf list ? new Slot(list.element(), maxLength, this, null, index)
                    : null;
        }

        /** The property path as the core names it, with the model's spelling of each name: {@code Emails[0].Value}. */
        String path() {
            StringBuilder path = new StringBuilder();
            appendTo(path);
            return path.toString();
        }

        private void appendTo(StringBuilder path) {
            if (parent == null) {
                return;
            }
            parent.appendTo(path);
            if (name == null) {
                path.append('[').append(index).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(name);
            }
        }
    }

    /** Jackson names its own setting in the message, which means nothing to a client. */
    private static String withoutConstraintName(String message) {
        String cleaned = message.replaceAll(", from `[^`]*`", "");
        return cleaned.startsWith("Name length") ? "Property name" + cleaned.substring(4) : cleaned;
    }
}
