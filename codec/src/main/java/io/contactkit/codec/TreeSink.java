package io.contactkit.codec;

import io.contactkit.domain.schema.CarrierModel;
import io.contactkit.domain.schema.Property;
import io.contactkit.domain.schema.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the document as a tree: LinkedHashMaps in wire order, ArrayLists, strings, numbers, booleans and nulls. */
final class TreeSink implements DocumentSink {

    /** The maps and lists being filled, innermost last. */
    private final List<Object> open = new ArrayList<>();
    /** For each open container, the name its next value goes under (unused for lists). */
    private final List<String> names = new ArrayList<>();
    private Object root;

    @SuppressWarnings("unchecked")
    Map<String, Object> tree() {
        return (Map<String, Object>) root;
    }

    /** The value written, whatever it is: a tree, a list, a scalar or null. */
    Object root() {
        return root;
    }

    @Override
    public void startCarrier(CarrierModel model) {
        start(new LinkedHashMap<String, Object>(model.properties().size() * 2));
    }

    @Override
    public void property(Property property) {
        name(property.name());
    }

    @Override
    public void member(String name) {
        name(name);
    }

    @Override
    public void endCarrier() {
        end();
    }

    @Override
    public void startList(ValueType.ListOf type) {
        start(new ArrayList<>());
    }

    @Override
    public void endList() {
        end();
    }

    @Override
    public void startDictionary(ValueType.Dictionary type) {
        start(new LinkedHashMap<String, Object>());
    }

    @Override
    public void key(String key) {
        name(key);
    }

    @Override
    public void endDictionary() {
        end();
    }

    @Override
    public void nullValue() {
        add(null);
    }

    @Override
    public void string(String value) {
        add(value);
    }

    @Override
    public void number(int value) {
        add(value);
    }

    @Override
    public void number(double value) {
        add(value);
    }

    @Override
    public void bool(boolean value) {
        add(value);
    }

    private void name(String name) {
        names.set(names.size() - 1, name);
    }

    private void start(Object container) {
        add(container);
        open.add(container);
        names.add(null);
    }

    private void end() {
        open.remove(open.size() - 1);
        names.remove(names.size() - 1);
    }

    @SuppressWarnings("unchecked")
    private void add(Object value) {
        if (open.isEmpty()) {
            root = value;
            return;
        }
        Object container = open.get(open.size() - 1);
        if (container instanceof List) {
            ((List<Object>) container).add(value);
        } else {
            ((Map<String, Object>) container).put(names.get(names.size() - 1), value);
        }
    }
}
