package io.contactkit.domain.model;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/** Immutable copies of the string dictionaries that keep the client's key order, which Map.copyOf would not. */
final class Maps {

    private Maps() {
    }

    /**
     * An immutable copy of the dictionary in its key order; a dictionary this made is returned as it is, since a
     * contact is rebuilt several times on its way through a request (loaded, patched, stripped, checked).
     */
    static <V> Map<String, V> ordered(Map<String, V> source) {
        if (source == null || source.isEmpty()) {
            return Map.of();
        }
        if (source instanceof Ordered<V> ordered) {
            return ordered;
        }
        return new Ordered<>(source);
    }

    /** Read-only: nothing outside holds the map it reads from. */
    private static final class Ordered<V> extends AbstractMap<String, V> {

        private final Map<String, V> entries;

        private Ordered(Map<String, V> source) {
            this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(source));
        }

        @Override
        public Set<Entry<String, V>> entrySet() {
            return entries.entrySet();
        }

        @Override
        public V get(Object key) {
            return entries.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return entries.containsKey(key);
        }

        @Override
        public int size() {
            return entries.size();
        }

        @Override
        public void forEach(BiConsumer<? super String, ? super V> action) {
            entries.forEach(action);
        }
    }
}
