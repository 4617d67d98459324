package io.contactkit.serialization;

import io.contactkit.codec.DocumentSource;
import io.contactkit.codec.Documents;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.schema.CarrierModel;
import io.contactkit.domain.schema.Property;
import io.contactkit.domain.schema.ValueType;
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
    /** Whether the member just named was named before in its object: refused once its value has been read. */
    private boolean repeatedName;

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
                tokens.startObject();
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
        tokens.startObject();
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
            name = parser.currentName();
            return match;
        }
        if (match == PropertyNameMatcher.MATCH_END_OBJECT) {
            tokens.endObject();
            return END;
        }
        // the matcher knows the wire names as written; the model matches the rest without regard to case
        name = tokens.name();
        int index = model.indexOf(name);
        if (index >= 0) {
            return index;
        }
        repeatedName = tokens.repeated(name);
        return UNKNOWN;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String nextKey() {
        refuseRepeatedName();
        if (parser.nextToken() == JsonToken.END_OBJECT) {
            tokens.endObject();
            return null;
        }
        name = tokens.name();
        repeatedName = tokens.repeated(name);
        return name;
    }

    private void refuseRepeatedName() {
        if (repeatedName) {
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
            tokens.endObject();
            tokens.objectRest(false);
        } else {
            tokens.arrayRest(false);
        }
    }

    @Override
    public void givenTwice() {
        throw tokens.refuse("is given twice");
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
