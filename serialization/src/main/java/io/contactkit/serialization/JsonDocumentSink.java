package io.contactkit.serialization;

import io.contactkit.domain.document.CarrierModel;
import io.contactkit.domain.document.DocumentSink;
import io.contactkit.domain.document.Property;
import io.contactkit.domain.document.ValueType;
import io.contactkit.domain.model.ContactEntity;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/** Writes the walk of a carrier as JSON tokens: carriers and dictionaries as objects, lists as arrays. */
final class JsonDocumentSink implements DocumentSink {

    /** Every property name a contact can hold, already encoded: the generator copies them instead of escaping. */
    private static final Map<Property, SerializableString> NAMES = encodedNames(ContactEntity.class);

    private final JsonGenerator generator;

    JsonDocumentSink(JsonGenerator generator) {
        this.generator = generator;
    }

    @Override
    public void startCarrier(CarrierModel model) {
        generator.writeStartObject();
    }

    @Override
    public void property(Property property) {
        SerializableString name = NAMES.get(property);
        if (name == null) {
            generator.writeName(property.name());
        } else {
            generator.writeName(name);
        }
    }

    @Override
    public void member(String name) {
        generator.writeName(name);
    }

    @Override
    public void endCarrier() {
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

    private static Map<Property, SerializableString> encodedNames(Class<? extends Record> root) {
        Map<Property, SerializableString> names = new IdentityHashMap<>();
        Deque<CarrierModel> pending = new ArrayDeque<>();
        Map<CarrierModel, Boolean> seen = new IdentityHashMap<>();
        pending.add(CarrierModel.of(root));
        while (!pending.isEmpty()) {
            CarrierModel model = pending.remove();
            if (seen.put(model, true) != null) {
                continue;
            }
            for (Property property : model.properties()) {
                names.put(property, new SerializedString(property.name()));
                carrierIn(property.type(), pending);
            }
        }
        return Collections.unmodifiableMap(names);
    }

    private static void carrierIn(ValueType type, Deque<CarrierModel> pending) {
        if (type instanceof ValueType.Carrier carrier) {
            pending.add(carrier.model());
        } else if (type instanceof ValueType.ListOf list) {
            carrierIn(list.element(), pending);
        } else if (type instanceof ValueType.Dictionary dictionary) {
            carrierIn(dictionary.value(), pending);
        }
    }
}
