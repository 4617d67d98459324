package io.contactkit.domain.port;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The custom fields an installation defines. */
public interface CustomFieldCatalog {

    Optional<CustomFieldDefinition> definition(String key);

    /** A closed catalog refuses keys it does not define; an open one keeps them as plain strings. */
    boolean closed();

    /** The default: defines nothing and keeps every key, so any client's fields save as they are. */
    static CustomFieldCatalog open() {
        return of(java.util.List.of(), false);
    }

    /** A catalog of fixed definitions. */
    static CustomFieldCatalog of(Collection<CustomFieldDefinition> definitions, boolean closed) {
        Map<String, CustomFieldDefinition> byKey = definitions.stream()
                .collect(Collectors.toUnmodifiableMap(CustomFieldDefinition::key, Function.identity()));
        return new CustomFieldCatalog() {
            @Override
            public Optional<CustomFieldDefinition> definition(String key) {
                return Optional.ofNullable(byKey.get(key));
            }

            @Override
            public boolean closed() {
                return closed;
            }
        };
    }
}
