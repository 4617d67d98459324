package io.contactkit.jdbc;

import io.contactkit.domain.port.IdentityRepository;
import io.contactkit.domain.testing.IdentityRepositoryContract;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** The identity contract on an H2 in-memory database, migrated as the store opens. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class H2IdentityRepositoryTest extends IdentityRepositoryContract {

    private JdbcStore store;

    @BeforeAll
    void open() {
        store = JdbcStore.open(JdbcSettings.of("jdbc:h2:mem:identities-" + UUID.randomUUID(), "sa", ""));
    }

    @AfterAll
    void close() {
        store.close();
    }

    @Override
    protected IdentityRepository identities() {
        return store.identities();
    }
}
