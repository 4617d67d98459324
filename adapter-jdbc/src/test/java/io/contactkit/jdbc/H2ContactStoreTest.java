package io.contactkit.jdbc;

import java.util.UUID;

/**
 * The contract on an H2 in-memory database, the embedded default's engine. The database lives as long as a
 * connection to it is open: from the store's opening to its closing.
 */
class H2ContactStoreTest extends ContactStoreContract {

    @Override
    protected JdbcSettings startDatabase() {
        return JdbcSettings.of("jdbc:h2:mem:contacts-" + UUID.randomUUID(), "sa", "");
    }
}
