package io.contactkit.serialization;

import io.contactkit.codec.DocumentSource;
import io.contactkit.codec.Documents;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.schema.CarrierModel;
import io.contactkit.domain.schema.Property;
import io.contactkit.domain.schema.ValueType;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * A JSON body as Jackson's streaming parser reads it, pulled by the codec straight into a carrier. Member names are
 * matched against each carrier's wire names byte for byte as the parser meets them, without a string built for a
 * name the carrier knows; other spellings the model matches without regard to case. Strings are held to their property's max length as
 * soon as they are read; what the model does not read is passed over within every limit.
 */
final class JsonDocumentSource implements DocumentSource {

    /** Each carrier's wire names, in wire order, as one matcher; built once per carrier type. */
    private static final ClassValue<PropertyNameMatcher> MATCHERS = new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected PropertyNameMatcher computeValue(Class<?> type) {
            List<Named> names = CarrierModel.of((Class<? extends Record>) type).properties().stream()
                    .map(Property::name).map(Named::fromString).toList();
            return BinaryNameMatcher.constructFrom(names, true);
        }
    };

    private final JsonTokens tokens;
    private final JsonParser parser;
    /** What the body must be, for the refusal of one that is no object: {@code a ContactEntity}. */
    private final String what;
    private Position position;
    /** The carrier whose members are being matched, and its matcher: one object's members share them. */
    private CarrierModel matched;
    private PropertyNameMatcher matcher;
    /** The token of an item that {@link #nextItem} has moved onto, which {@link #value} then reads. */
    private JsonToken item;
    private boolean root = true;
    private String name;
    /**
     * For each open object, innermost last: the properties given under their wire names, as bits by index (other
     * names are kept by {@link JsonTokens#repeated}), and whether the member just named was named before, which is
     * refused once its value has been read.
     */
    private long[] given = new long[8];
    private boolean[] repeated = new boolean[8];
    private int objects;

    private JsonDocumentSource(JsonTokens tokens, String what) {
        this.tokens = tokens;
        this.parser = tokens.parser();
        this.what = what;
    }

    /**
     * Reads a carrier from a JSON body's tokens, which it closes.
     *
     * @param what what the body must be, for the refusal of one that is no object: {@code a ContactEntity}
     */
    static <T extends Record> T read(Class<T> type, JsonTokens tokens, String what, CustomFieldCatalog catalog) {
        try {
            return Documents.read(type, new JsonDocumentSource(tokens, what), catalog);
        } catch (JacksonException e) {
            throw tokens.refusal(e);
        } finally {
            tokens.close();
        }
    }

    @Override
    public void begin(Position at) {
        this.position = at;
    }

    @Override
    public Object value(ValueType expected, int maxLength) {
        JsonToken token = item != null ? item : parser.nextToken();
        item = null;
        if (root) {
            root = false;
            return rootValue(token);
        }
        switch (token) {
            case START_OBJECT:
                tokens.checkDepth();
                startObject();
                return Start.OBJECT;
            case START_ARRAY:
                tokens.checkDepth();
                return Start.ARRAY;
            case VALUE_STRING:
                String text = tokens.string();
                if (maxLength > 0 && expected instanceof ValueType.Scalar && text.length() > maxLength) {
                    throw InvalidInputException.of(position.path(), "is longer than " + maxLength + " characters");
                }
                return text;
            default:
                return tokens.value(token, false);
        }
    }

    /** The body must be an object; anything else is read through first, so that a fault in it speaks first. */
    private Start rootValue(JsonToken token) {
        if (token == null) {
            throw InvalidInputException.of("", "the request body is empty");
        }
        if (token != JsonToken.START_OBJECT) {
            tokens.value(token, false);
            tokens.end();
            throw InvalidInputException.of("", "the body must be a JSON object (" + what + ")");
        }
        tokens.checkDepth();
        startObject();
        return Start.OBJECT;
    }

    @Override
    public Object tree() {
        throw new IllegalStateException("JSON values are read as they come");
    }

    @Override
    public int nextProperty(CarrierModel model) {
        refuseRepeatedName();
        if (model != matched) {
            matched = model;
            matcher = MATCHERS.get(model.type());
        }
        int match = parser.nextNameMatch(matcher);
        if (match >= 0) {
            // the wire name as written
            repeated[objects - 1] = match < Long.SIZE ? givenBefore(match) : tokens.repeated(parser.currentName());
            return match;
        }
        if (match == PropertyNameMatcher.MATCH_END_OBJECT) {
            endObject();
            return END;
        }
        // another spelling: the model matches it without regard to case, or knows it not
        name = tokens.name();
        repeated[objects - 1] = tokens.repeated(name);
        int index = model.indexOf(name);
        return index >= 0 ? index : UNKNOWN;
    }

    /** An object starts: its names are kept for the check that none comes twice. */
    private void startObject() {
        tokens.startObject();
        if (objects == given.length) {
            given = Arrays.copyOf(given, objects * 2);
            repeated = Arrays.copyOf(repeated, objects * 2);
        }
        given[objects] = 0;
        repeated[objects++] = false;
    }

    private void endObject() {
        tokens.endObject();
        objects--;
    }

    /** Whether the property of that index (below 64) was given before under its wire name; it is from now on. */
    private boolean givenBefore(int index) {
        long bit = 1L << index;
        boolean before = (given[objects - 1] & bit) != 0;
        given[objects - 1] |= bit;
        return before;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String nextKey() {
        refuseRepeatedName();
        if (parser.nextToken() == JsonToken.END_OBJECT) {
            endObject();
            return null;
        }
        name = tokens.name();
        repeated[objects - 1] = tokens.repeated(name);
        return name;
    }

    /** Refuses the member just read in the innermost object if its name came before. */
    private void refuseRepeatedName() {
        if (repeated[objects - 1]) {
            throw tokens.refuse("is given twice");
        }
    }

    @Override
    public boolean nextItem() {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            return false;
        }
        item = token;
        return true;
    }

    @Override
    public void skipValue() {
        tokens.value(parser.nextToken(), false);
    }

    @Override
    public void skipRest() {
        if (parser.streamReadContext().inObject()) {
            endObject();
            tokens.objectRest(false);
        } else {
            tokens.arrayRest(false);
        }
    }

    @Override
    public void end() {
        tokens.end();
    }

    @Override
    public boolean textOnly() {
        return false;
    }
}
