package io.contactkit.domain.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Immutable copies of the string dictionaries that keep the client's key order, which Map.copyOf would not. */
final class Maps {

    private Maps() {
    }

    static <V> Map<String, V> ordered(Map<String, V> source) {
        if (source == null || source.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }
}
