package io.contactkit.patch;

import io.contactkit.domain.schema.CarrierModel;
import io.contactkit.domain.schema.Property;
import io.contactkit.domain.schema.ValueType;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A contact the patch engine edits in place: the carrier records themselves, each opened for change only where a
 * path reaches into it. An opened carrier is a map of its properties by wire name (each always there), an opened list
 * or dictionary a mutable copy; what no path reaches stays the record, list or map it was. Values are the typed
 * values a carrier holds, never trees. {@link #close} builds the records again, leaving the copy as it was.
 */
final class WorkingCopy {

    private WorkingCopy() {
    }

    /** The value opened for change: a carrier, list or dictionary as a working copy; other values as they are. */
    static Object open(Object value) {
        if (value instanceof Record record) {
            return new Carrier(record);
        }
        if (value instanceof List<?> list && !(value instanceof Items)) {
            return new Items(list);
        }
        if (value instanceof Map<?, ?> map && !(value instanceof Carrier) && !(value instanceof Entries)) {
            return new Entries(map);
        }
        return value;
    }

    /** The typed value a working copy stands for: records, lists and maps built from what was opened. */
    static Object close(Object value) {
        if (value instanceof Carrier carrier) {
            return carrier.close();
        }
        if (value instanceof Items items) {
            List<Object> closed = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                closed.add(close(items.peek(i)));
            }
            return closed;
        }
        if (value instanceof Entries entries) {
            Map<String, Object> closed = new LinkedHashMap<>();
            entries.forEachEntry((key, entry) -> {
                // an entry a patch set to no value is none, as a dictionary read from a body holds none
                if (entry != null) {
                    closed.put(key, close(entry));
                }
            });
            return closed;
        }
        return value;
    }

    /** A carrier opened for change: its properties by wire name, each opened in turn when it is looked up. */
    static final class Carrier extends AbstractMap<String, Object> {

        private final CarrierModel model;
        private final Object[] values;

        private Carrier(Record record) {
            this.model = CarrierModel.of(record.getClass());
            this.values = model.values(record);
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && model.indexOfExact(name) >= 0;
        }

        /** The property's value, opened for change (and kept so); null for a name that is no property. */
        @Override
        public Object get(Object key) {
            int index = key instanceof String name ? model.indexOfExact(name) : -1;
            if (index < 0) {
                return null;
            }
            Object opened = open(values[index]);
            values[index] = opened;
            return opened;
        }

        /** Sets a property; a list or dictionary that is none is empty, as a carrier holds it. */
        @Override
        public Object put(String key, Object value) {
            int index = model.indexOfExact(key);
            if (index < 0) {
                throw new IllegalArgumentException(model.name() + " has no property " + key);
            }
            Object before = values[index];
            values[index] = value == null ? emptyOf(model.properties().get(index)) : value;
            return before;
        }

        private static Object emptyOf(Property property) {
            if (property.type() instanceof ValueType.ListOf) {
                return List.of();
            }
            if (property.type() instanceof ValueType.Dictionary) {
                return Map.of();
            }
            return property.emptyValue();
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            Set<Entry<String, Object>> entries = new LinkedHashSet<>();
            List<Property> properties = model.properties();
            for (int i = 0; i < values.length; i++) {
                entries.add(new SimpleImmutableEntry<>(properties.get(i).name(), values[i]));
            }
            return entries;
        }

        Record close() {
            Object[] closed = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                closed[i] = WorkingCopy.close(values[i]);
            }
            return model.construct(closed);
        }
    }

    /** A list opened for change: its items opened in turn when they are looked up. */
    static final class Items extends ArrayList<Object> {

        private static final long serialVersionUID = 1L;

        private Items(Collection<?> items) {
            super(items);
        }

        @Override
        public Object get(int index) {
            Object opened = open(super.get(index));
            set(index, opened);
            return opened;
        }

        /** The item as it is, not opened. */
        Object peek(int index) {
            return super.get(index);
        }
    }

    /** A dictionary opened for change: its values opened in turn when they are looked up. */
    static final class Entries extends LinkedHashMap<String, Object> {

        private static final long serialVersionUID = 1L;

        @SuppressWarnings("unchecked")
        private Entries(Map<?, ?> entries) {
            super((Map<String, Object>) entries);
        }

        @Override
        public Object get(Object key) {
            if (!containsKey(key)) {
                return null;
            }
            Object opened = open(super.get(key));
            put((String) key, opened);
            return opened;
        }

        /** Each entry as it is, not opened. */
        void forEachEntry(java.util.function.BiConsumer<String, Object> action) {
            for (Map.Entry<String, Object> entry : entrySet()) {
                action.accept(entry.getKey(), entry.getValue());
            }
        }
    }
}
