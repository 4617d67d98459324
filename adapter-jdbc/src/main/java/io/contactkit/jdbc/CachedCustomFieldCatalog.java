package io.contactkit.jdbc;

import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.port.CustomFieldDefinition;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The custom-field definitions, kept for a time-to-live: every write of a contact looks up each of its fields, and
 * definitions change only by migration or an administrator.
 */
final class CachedCustomFieldCatalog implements CustomFieldCatalog {

    private final CustomFieldCatalog catalog;
    private final ExpiringMemo<String, Optional<CustomFieldDefinition>> definitions;

    CachedCustomFieldCatalog(CustomFieldCatalog catalog, Duration ttl, LongSupplier nanoClock) {
        this.catalog = catalog;
        this.definitions = new ExpiringMemo<>(catalog::definition, ttl, nanoClock);
    }

    @Override
    public Optional<CustomFieldDefinition> definition(String key) {
        return key == null ? Optional.empty() : definitions.get(key);
    }

    @Override
    public boolean closed() {
        return catalog.closed();
    }
}
