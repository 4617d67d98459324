package io.contactkit.jdbc;

import io.contactkit.domain.port.IdentityRepository;
import io.contactkit.domain.testing.IdentityRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** The identity contract on a real PostgreSQL server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresIdentityRepositoryTest extends IdentityRepositoryContract {

    private EmbeddedPostgresServer server;
    private JdbcStore store;

    @BeforeAll
    void open() {
        server = EmbeddedPostgresServer.start();
        store = JdbcStore.open(server.settings());
    }

    @AfterAll
    void close() {
        store.close();
        server.close();
    }

    @Override
    protected IdentityRepository identities() {
        return store.identities();
    }
}
