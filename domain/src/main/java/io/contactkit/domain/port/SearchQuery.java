package io.contactkit.domain.port;

import java.util.List;
import java.util.Objects;

/**
 * A search as a store runs it: the contacts that satisfy the condition, in the order of the sort keys and then of
 * the ContactId, after the position (if any), skipping {@code offset} of them and answering at most {@code limit},
 * each with the fields' values.
 *
 * @param fields    the values each found row answers, in this order
 * @param condition what a contact must satisfy
 * @param order     the sort keys; the ContactId always follows as the last key, ascending unless every key is
 *                  descending
 * @param after     where the previous page ended, or null for the start
 * @param offset    how many contacts to skip after the position
 * @param limit     how many contacts to answer at most
 */
public record SearchQuery(List<SearchField> fields, SearchCondition condition, List<SortKey> order,
                          SearchPosition after, int offset, int limit) {

    public SearchQuery {
        fields = List.copyOf(fields);
        Objects.requireNonNull(condition, "condition");
        order = List.copyOf(order);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit cannot be negative");
        }
        if (after != null && after.keys().size() != SearchPosition.keyCount(order)) {
            throw new IllegalArgumentException("the position has " + after.keys().size() + " keys, the order needs "
                    + SearchPosition.keyCount(order));
        }
    }

    /** Whether the ContactId sorts descending: only when every sort key does (and there is one). */
    public boolean idDescending() {
        return !order.isEmpty() && order.stream().allMatch(SortKey::descending);
    }

    /** One sort key: a field, ascending or descending. */
    public record SortKey(SearchField field, boolean descending) {
        public SortKey {
            Objects.requireNonNull(field, "field");
        }
    }
}
