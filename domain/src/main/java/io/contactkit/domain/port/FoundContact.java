package io.contactkit.domain.port;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One contact a search found.
 *
 * @param contactId its id
 * @param values    the values of the query's fields, in their order, typed as {@link SearchField.ValueType} says
 * @param position  where it stands in the query's order
 */
public record FoundContact(int contactId, List<Object> values, SearchPosition position) {

    public FoundContact {
        values = Collections.unmodifiableList(new java.util.ArrayList<>(values)); // an INSTANT may be null
        Objects.requireNonNull(position, "position");
    }
}
