package io.contactkit.serialization;

import io.contactkit.domain.failure.InvalidInputException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * One JSON body's tokens within the limits: what every JSON reader of this module refuses, and how, with the property
 * path of the parser's position (names as sent). Reads any value as a plain tree (LinkedHashMap, ArrayList, String,
 * Integer, Long, BigInteger, Double, Boolean, null), or passes over it with the same checks.
 */
final class JsonTokens {

    /** Up to this many names an object's names are compared one by one; beyond, they are hashed. */
    private static final int NAMES_COMPARED = 8;

    private final JsonParser parser;
    private final Limits limits;
    private final boolean checkCharacters;
    /** The names read so far in each open object that keeps them, innermost last, for the duplicate check. */
    private final Names names = new Names();

    private JsonTokens(JsonParser parser, Limits limits, boolean checkCharacters) {
        this.parser = parser;
        this.limits = limits;
        this.checkCharacters = checkCharacters;
    }

    /**
     * The factory every body is parsed with: Jackson refuses over-long strings and names while it scans them; its
     * depth check sits one level above ours, so that ours, which names the path, speaks first. Interned names are the
     * core's wire names themselves, so the property model finds them by identity.
     */
    static JsonFactory factory(Limits limits) {
        return JsonFactory.builder()
                .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth() + 1)
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxStringLength())
                        .build())
                .build();
    }

    /**
     * The tokens of a body. Parsed from its bytes when they are plain ASCII, which Jackson reads fastest; else from its
     * text, already decoded as strict UTF-8: so that Jackson's positions count characters, and an escape it reads
     * the same way in either form.
     */
    static JsonTokens of(RequestBody body, JsonFactory factory, Limits limits) {
        String text = body.text();
        boolean checkCharacters = mayHoldUnrepresentable(text);
        JsonParser parser = body.isAscii() && !checkCharacters && !startsWithNul(body)
                ? factory.createParser(ObjectReadContext.empty(), body.bytes(), body.start(), body.length())
                : factory.createParser(ObjectReadContext.empty(), text);
        return new JsonTokens(parser, limits, checkCharacters);
    }

    /** A NUL among the first four bytes would make Jackson take the bytes for UTF-16 or UTF-32. */
    private static boolean startsWithNul(RequestBody body) {
        for (int i = body.start(); i < Math.min(body.start() + 4, body.bytes().length); i++) {
            if (body.bytes()[i] == 0) {
                return true;
            }
        }
        return false;
    }

    JsonParser parser() {
        return parser;
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

    /** The string value the parser stands on; Jackson has held it to the length limit while it scanned it. */
    String string() {
        return checked(parser.getString());
    }

    /** The name of the member the parser stands on. */
    String name() {
        return checked(parser.currentName());
    }

    private String checked(String text) {
        if (checkCharacters) {
            int bad = XmlCharacters.firstUnrepresentable(text);
            if (bad >= 0) {
                throw refuse(XmlCharacters.describe(text, bad));
            }
        }
        return text;
    }

    /** Refuses an object or array the parser has just entered when it nests deeper than the limit. */
    void checkDepth() {
        TokenStreamContext context = parser.streamReadContext();
        if (context.getNestingDepth() > limits.maxDepth()) {
            // the parser has entered the container already: its path is the parent's position
            throw InvalidInputException.of(path(context.getParent()), "nests deeper than " + limits.maxDepth()
                    + " levels");
        }
    }

    /** An object starts whose names are checked for duplicates by {@link #repeated}. */
    void startObject() {
        names.open();
    }

    /** The object of {@link #startObject} ends. */
    void endObject() {
        names.close();
    }

    /** Whether the innermost object has had this name before; the name is kept for the names after it. */
    boolean repeated(String name) {
        return names.repeated(name);
    }

    /** The value the token starts, as a tree; when {@code keep} is false, only checked and passed over (null). */
    Object value(JsonToken token, boolean keep) {
        switch (token) {
            case START_OBJECT:
                checkDepth();
                return objectRest(keep);
            case START_ARRAY:
                checkDepth();
                return arrayRest(keep);
            case VALUE_STRING:
                return string();
            case VALUE_NUMBER_INT:
                // nearly every number: an int, boxed without asking Jackson for an object
                return parser.getNumberType() == JsonParser.NumberType.INT ? (Object) parser.getIntValue()
                        : parser.getNumberValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getNumberValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw refuse("unexpected " + token + at(parser.currentLocation()));
        }
    }

    /** The members up to the end of the object the parser has entered. */
    Map<String, Object> objectRest(boolean keep) {
        Map<String, Object> object = keep ? new LinkedHashMap<>() : null;
        names.open();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = name();
            boolean repeated = names.repeated(name);
            Object value = value(parser.nextToken(), keep);
            if (repeated) {
                throw refuse("is given twice");
            }
            if (keep) {
                object.put(name, value);
            }
        }
        names.close();
        return object;
    }

    /** The items up to the end of the array the parser has entered. */
    List<Object> arrayRest(boolean keep) {
        List<Object> array = keep ? new ArrayList<>() : null;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            Object item = value(token, keep);
            if (keep) {
                array.add(item);
            }
        }
        return array;
    }

    /** Refuses anything after the body's one value. */
    void end() {
        if (parser.nextToken() != null) {
            throw refuse("trailing content after the JSON value" + at(parser.currentLocation()));
        }
    }

    /** A refusal at the parser's position. */
    InvalidInputException refuse(String message) {
        return InvalidInputException.of(path(parser.streamReadContext()), message);
    }

    /** A failure of Jackson's as a refusal at the parser's position. */
    InvalidInputException refusal(JacksonException e) {
        if (e instanceof StreamConstraintsException) {
            return refuse(withoutConstraintName(e.getOriginalMessage()));
        }
        return refuse("is not well-formed JSON: " + SyntaxWords.json(e) + at(e.getLocation()));
    }

    void close() {
        parser.close();
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

    /** Jackson names its own setting in the message, which means nothing to a client. */
    private static String withoutConstraintName(String message) {
        String cleaned = message.replaceAll(", from `[^`]*`", "");
        return cleaned.startsWith("Name length") ? "Property name" + cleaned.substring(4) : cleaned;
    }

    /**
     * The names of the open objects, innermost last, in one array: an object's few names are compared one by one;
     * once it has more, they go into a hash set, so that an object of many names costs no more than a map would.
     */
    private static final class Names {

        private String[] kept = new String[32];
        private int count;
        /** For each open object: where its names start in {@link #kept}, and its hash set once it has one. */
        private int[] starts = new int[8];
        private Set<String>[] hashed = newSets(8);
        private int open;

        @SuppressWarnings("unchecked")
        private static Set<String>[] newSets(int length) {
            return (Set<String>[]) new Set<?>[length];
        }

        void open() {
            if (open == starts.length) {
                starts = Arrays.copyOf(starts, open * 2);
                hashed = Arrays.copyOf(hashed, open * 2);
            }
            starts[open] = count;
            hashed[open++] = null;
        }

        void close() {
            count = starts[--open];
            hashed[open] = null;
        }

        boolean repeated(String name) {
            int level = open - 1;
            if (hashed[level] != null) {
                return !hashed[level].add(name);
            }
            int start = starts[level];
            for (int i = start; i < count; i++) {
                if (kept[i].equals(name)) {
                    return true;
                }
            }
            if (count - start == NAMES_COMPARED) {
                Set<String> set = new HashSet<>(Arrays.asList(kept).subList(start, count));
                set.add(name);
                hashed[level] = set;
                return false;
            }
            if (count == kept.length) {
                kept = Arrays.copyOf(kept, count * 2);
            }
            kept[count++] = name;
            return false;
        }
    }
}
