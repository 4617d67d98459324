package io.contactkit.jdbc;

import io.contactkit.domain.model.ContactEntity;
import java.util.Map;

/**
 * Test code standing in for the JDBC adapter's internals, which an embedding application must not reach into. It
 * lives in the adapter's package so the embedder rule sees what it would see in a real build.
 */
public final class JdbcAdapterInternals {

    public ContactEntity contactFrom(Map<String, Object> row) {
        return ContactEntity.builder().name(String.valueOf(row.get("name"))).build();
    }
}
