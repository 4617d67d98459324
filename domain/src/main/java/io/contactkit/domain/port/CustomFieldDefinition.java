package io.contactkit.domain.port;

import java.util.List;
import java.util.Objects;

/**
 * One custom field a catalog knows.
 *
 * @param key         ProgId, {@code SuperOffice:<n>} or extra-field name
 * @param maxLength   longest value allowed, 0 for no limit
 * @param listValues  the allowed values of a LIST field, empty for other types
 */
public record CustomFieldDefinition(String key, CustomFieldKind kind, CustomFieldType type, int maxLength,
                                    List<String> listValues) {

    public CustomFieldDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        listValues = listValues == null ? List.of() : List.copyOf(listValues);
    }
}
