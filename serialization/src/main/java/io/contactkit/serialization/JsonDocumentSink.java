package io.contactkit.serialization;

import io.contactkit.codec.DocumentSink;
import io.contactkit.domain.schema.CarrierModel;
import io.contactkit.domain.schema.Property;
import io.contactkit.domain.schema.ValueType;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/** Writes the walk of a carrier as JSON tokens: carriers and dictionaries as objects, lists as arrays. */
final class JsonDocumentSink implements DocumentSink {

    /** Each carrier's property names in wire order, already encoded: the generator copies them, no escaping. */
    private static final ClassValue<SerializableString[]> NAMES = new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected SerializableString[] computeValue(Class<?> type) {
            return CarrierModel.of((Class<? extends Record>) type).properties().stream()
                    .map(property -> new SerializedString(property.name()))
                    .toArray(SerializableString[]::new);
        }
    };

    private static final Map<String, SerializableString> MEMBERS = Stream.of("TableRight", "FieldProperties", "_Links")
            .collect(Collectors.toUnmodifiableMap(name -> name, SerializedString::new));

    private final JsonGenerator generator;
    /** For each open carrier, innermost last: its encoded names, and the index of the property that comes next. */
    private SerializableString[][] names = new SerializableString[8][];
    private int[] next = new int[8];
    private int depth;

    JsonDocumentSink(JsonGenerator generator) {
        this.generator = generator;
    }

    @Override
    public void startCarrier(CarrierModel model) {
        if (depth == names.length) {
            names = Arrays.copyOf(names, depth * 2);
            next = Arrays.copyOf(next, depth * 2);
        }
        names[depth] = NAMES.get(model.type());
        next[depth] = 0;
        depth++;
        generator.writeStartObject();
    }

    /** The walk announces every property in wire order: the next encoded name is this one's. */
    @Override
    public void property(Property property) {
        SerializableString[] encoded = names[depth - 1];
        int index = next[depth - 1]++;
        if (index < encoded.length && encoded[index].getValue().equals(property.name())) {
            generator.writeName(encoded[index]);
        } else {
            generator.writeName(property.name());
        }
    }

    /** The members the walk writes beside a carrier's properties, encoded once: every sub-carrier has two. */
    @Override
    public void member(String name) {
        SerializableString encoded = MEMBERS.get(name);
        if (encoded != null) {
            generator.writeName(encoded);
        } else {
            generator.writeName(name);
        }
    }

    @Override
    public void endCarrier() {
        depth--;
        generator.writeEndObject();
    }

    @Override
    public void startList(ValueType.ListOf type) {
        generator.writeStartArray();
    }

    @Override
    public void endList() {
        generator.writeEndArray();
    }

    @Override
    public void startDictionary(ValueType.Dictionary type) {
        generator.writeStartObject();
    }

    @Override
    public void key(String key) {
        generator.writeName(key);
    }

    @Override
    public void endDictionary() {
        generator.writeEndObject();
    }

    @Override
    public void nullValue() {
        generator.writeNull();
    }

    @Override
    public void string(String value) {
        generator.writeString(value);
    }

    @Override
    public void number(int value) {
        generator.writeNumber(value);
    }

    @Override
    public void number(double value) {
        generator.writeNumber(value);
    }

    @Override
    public void bool(boolean value) {
        generator.writeBoolean(value);
    }
}
