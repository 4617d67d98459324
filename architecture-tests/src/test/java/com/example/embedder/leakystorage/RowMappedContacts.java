package com.example.embedder.leakystorage;

import io.contactkit.domain.model.ContactEntity;
import io.contactkit.jdbc.JdbcAdapterInternals;
import java.util.Map;

/** Wrong on purpose: an embedding application's storage adapter that borrows the JDBC adapter's internals. */
public record RowMappedContacts(JdbcAdapterInternals rowMapping) {

    public ContactEntity read(Map<String, Object> row) {
        return rowMapping.contactFrom(row);
    }
}
