package io.contactkit.domain.port;

import java.util.List;

/**
 * Where a found contact stands in a search's order: the values of the sort keys as the store compares them, then
 * its ContactId. The next page starts after it, so contacts written meanwhile are neither skipped nor repeated.
 * <p>Per sort key: a TEXT field gives its {@link SearchText#fold folded} value ({@link String}); a WHOLE field its
 * value, a FLAG field 0 or 1, both as {@link Long}; an INSTANT field two {@link Long}s, the epoch second and the
 * nanosecond, or {@link #NO_INSTANT} and 0 when the contact has none (such contacts sort first).
 */
public record SearchPosition(List<Object> keys, int contactId) {

    /** The epoch second a missing date-time sorts as: before every date a contact can hold. */
    public static final long NO_INSTANT = -99_999_999_999L;

    public SearchPosition {
        keys = List.copyOf(keys);
        for (Object key : keys) {
            if (!(key instanceof String) && !(key instanceof Long)) {
                throw new IllegalArgumentException("a position key is a String or a Long, not " + key);
            }
        }
    }

    /** How many keys a position in this order holds. */
    public static int keyCount(List<SearchQuery.SortKey> order) {
        return order.stream().mapToInt(key -> key.field().type() == SearchField.ValueType.INSTANT ? 2 : 1).sum();
    }

    /** The kinds of key a position in this order holds, in order: {@code String.class} or {@code Long.class}. */
    public static List<Class<?>> keyTypes(List<SearchQuery.SortKey> order) {
        return order.stream().<Class<?>>mapMulti((key, out) -> {
            switch (key.field().type()) {
                case TEXT -> out.accept(String.class);
                case INSTANT -> {
                    out.accept(Long.class);
                    out.accept(Long.class);
                }
                default -> out.accept(Long.class);
            }
        }).toList();
    }
}
