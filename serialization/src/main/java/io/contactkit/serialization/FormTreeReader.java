package io.contactkit.serialization;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.schema.CarrierModel;
import io.contactkit.domain.schema.Property;
import io.contactkit.domain.schema.ValueType;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an {@code application/x-www-form-urlencoded} body into the TEXT tree of a carrier. A field is named by the
 * property path the core writes in its errors: {@code Name}, {@code Address.Postal.City}, {@code Emails[0].Value},
 * {@code BounceEmails[1]}, {@code CustomFields[SuperOffice:1]}; the property model says whether {@code [..]} is a
 * list index (counting from 0 without gaps) or a dictionary key. Names match without regard to case; an empty value
 * is an empty string (and empty for non-strings), and a form cannot express null.
 */
final class FormTreeReader {

    private static final String NAMING = "name fields like Name, Address.Postal.City, Emails[0].Value or "
            + "CustomFields[key]";

    private final Limits limits;

    FormTreeReader(Limits limits) {
        this.limits = limits;
    }

    Map<String, Object> read(String body, CarrierModel model) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (String field : body.split("&")) {
            if (field.isEmpty()) {
                continue;
            }
            int equals = field.indexOf('=');
            String name = decode(equals < 0 ? field : field.substring(0, equals), "a field name");
            String value = decode(equals < 0 ? "" : field.substring(equals + 1), name);
            if (value.length() > limits.maxStringLength()) {
                throw InvalidInputException.of(name, "is longer than " + limits.maxStringLength() + " characters");
            }
            put(tree, model, segments(name), name, value);
        }
        return tree;
    }

    /** A name split into segments: a property name or a {@code [bracketed]} index or key. */
    private List<Segment> segments(String name) {
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        while (at < name.length()) {
            if (name.charAt(at) == '[') {
                int close = name.indexOf(']', at);
                if (close < 0) {
                    throw InvalidInputException.of(name, "has an unclosed '['; " + NAMING);
                }
                segments.add(new Segment(name.substring(at + 1, close), true));
                at = close + 1;
            } else {
                if (!segments.isEmpty()) {
                    if (name.charAt(at) != '.') {
                        throw InvalidInputException.of(name, "is not a field name; " + NAMING);
                    }
                    at++;
                }
                int end = at;
                while (end < name.length() && name.charAt(end) != '.' && name.charAt(end) != '[') {
                    end++;
                }
                if (end == at) {
                    throw InvalidInputException.of(name, "is not a field name; " + NAMING);
                }
                segments.add(new Segment(name.substring(at, end), false));
                at = end;
            }
            if (segments.size() > limits.maxDepth()) {
                throw InvalidInputException.of(name, "nests deeper than " + limits.maxDepth() + " levels");
            }
        }
        if (segments.isEmpty() || segments.get(0).bracketed()) {
            throw InvalidInputException.of(name, "is not a field name; " + NAMING);
        }
        return segments;
    }

    /** Walks the model along the segments, making the maps and lists on the way, and sets the value at the end. */
    @SuppressWarnings("unchecked")
    private void put(Map<String, Object> tree, CarrierModel model, List<Segment> segments, String field,
                     String value) {
        Object container = tree;
        ValueType type = new ValueType.Carrier(model.type());
        int maxLength = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            boolean last = i == segments.size() - 1;
            Object key;
            ValueType below;
            if (type instanceof ValueType.Carrier carrier) {
                if (segment.bracketed()) {
                    throw InvalidInputException.of(field, "[" + segment.text() + "] needs a list or dictionary "
                            + "before it; " + NAMING);
                }
                Optional<Property> property = carrier.model().property(segment.text());
                if (property.isEmpty()) {
                    if (!CarrierModel.isOutputOnly(segment.text())) {
                        // the core refuses it by name
                        set((Map<String, Object>) container, segment.text(), value, field);
                    }
                    // what the server writes itself (a sub-carrier's TableRight.Mask, ...) is passed over
                    return;
                }
                key = property.get().name();
                below = property.get().type();
                maxLength = property.get().serverOwned() ? 0 : property.get().maxLength();
            } else if (type instanceof ValueType.ListOf list) {
                key = index(segment, (List<Object>) container, field);
                below = list.element();
            } else if (type instanceof ValueType.Dictionary dictionary) {
                if (!segment.bracketed()) {
                    throw InvalidInputException.of(field, "needs a [key] after the dictionary; " + NAMING);
                }
                key = segment.text();
                below = dictionary.value();
                maxLength = 0;
            } else {
                throw InvalidInputException.of(field, "goes below a property that holds a single value");
            }
            if (last) {
                requireWithin(maxLength, below, value, field);
                setAt(container, key, value, field);
            } else {
                container = child(container, key, below, field);
            }
            type = below;
        }
    }

    /** A field is refused for its property's max length before the fields after it are read. */
    private static void requireWithin(int maxLength, ValueType type, String value, String field) {
        if (maxLength > 0 && type instanceof ValueType.Scalar && value.length() > maxLength) {
            throw InvalidInputException.of(field, "is longer than " + maxLength + " characters");
        }
    }

    private static int index(Segment segment, List<Object> list, String field) {
        int index;
        try {
            index = segment.bracketed() ? Integer.parseInt(segment.text()) : -1;
        } catch (NumberFormatException e) {
            index = -1;
        }
        if (index < 0) {
            throw InvalidInputException.of(field, "needs a list index [0], [1], ... after the list");
        }
        if (index > list.size()) {
            throw InvalidInputException.of(field, "skips an index: list items count up from [0] without gaps");
        }
        return index;
    }

    private static Object child(Object container, Object key, ValueType type, String field) {
        Object existing = get(container, key);
        if (existing == null) {
            Object created = type instanceof ValueType.ListOf ? new ArrayList<>() : new LinkedHashMap<String, Object>();
            setAt(container, key, created, field);
            return created;
        }
        if (existing instanceof String) {
            throw InvalidInputException.of(field, "is given both as a value and with parts below it");
        }
        return existing;
    }

    @SuppressWarnings("unchecked")
    private static Object get(Object container, Object key) {
        if (container instanceof Map) {
            return ((Map<String, Object>) container).get(key);
        }
        List<Object> list = (List<Object>) container;
        int index = (Integer) key;
        return index < list.size() ? list.get(index) : null;
    }

    @SuppressWarnings("unchecked")
    private static void setAt(Object container, Object key, Object value, String field) {
        if (container instanceof Map) {
            set((Map<String, Object>) container, (String) key, value, field);
            return;
        }
        List<Object> list = (List<Object>) container;
        int index = (Integer) key;
        if (index < list.size()) {
            throw InvalidInputException.of(field, "is given twice");
        }
        list.add(value);
    }

    private static void set(Map<String, Object> map, String key, Object value, String field) {
        if (map.containsKey(key)) {
            throw InvalidInputException.of(field, "is given twice, or with parts below it as well");
        }
        map.put(key, value);
    }

    /** Percent-decoding with '+' as space, the bytes read as strict UTF-8. */
    private static String decode(String raw, String what) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = high >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (low < 0) {
                    throw InvalidInputException.of(what, "has a '%' that is not followed by two hex digits");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                int end = i;
                while (end < raw.length() && raw.charAt(end) != '%' && raw.charAt(end) != '+') {
                    end++;
                }
                byte[] literal = raw.substring(i, end).getBytes(StandardCharsets.UTF_8);
                bytes.write(literal, 0, literal.length);
                i = end - 1;
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of(what, "is not valid UTF-8 once percent-decoded");
        }
        int bad = XmlCharacters.firstUnrepresentable(text);
        if (bad >= 0) {
            throw InvalidInputException.of(what, XmlCharacters.describe(text, bad));
        }
        return text;
    }

    private record Segment(String text, boolean bracketed) {
    }
}
