package io.contactkit.jdbc;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.contactkit.domain.failure.StorageUnavailableException;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.port.ListName;
import io.contactkit.domain.port.StoredContact;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A PostgreSQL server that goes away: every call fails fast as StorageUnavailableException. */
class PostgresOutageTest {

    private static final Duration CONNECTION_TIMEOUT = Duration.ofMillis(250);
    private static final Duration QUICKLY = Duration.ofSeconds(10);

    @Test
    void everyCallAfterTheServerStopsFailsQuicklyAsStorageUnavailable() {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start();
        JdbcSettings settings = server.settings().withConnectionTimeout(CONNECTION_TIMEOUT);
        try (JdbcStore store = JdbcStore.open(settings)) {
            StoredContact stored = store.contacts().insert(ContactEntity.builder().name("Before the outage").build());
            ContactEntity changed = stored.entity().toBuilder().name("During the outage").build();
            int id = stored.entity().contactId();

            server.close();

            assertTimeoutPreemptively(QUICKLY, () -> {
                assertThrows(StorageUnavailableException.class, () -> store.contacts().find(id));
                assertThrows(StorageUnavailableException.class, () -> store.contacts().insert(changed));
                assertThrows(StorageUnavailableException.class, () -> store.contacts().update(changed, 1));
                assertThrows(StorageUnavailableException.class, () -> store.contacts().delete(id, 1));
                assertThrows(StorageUnavailableException.class, () -> store.lists().listItem(ListName.BUSINESS, 1,
                        "en"));
                assertThrows(StorageUnavailableException.class, () -> store.lists().interests("en"));
                assertThrows(StorageUnavailableException.class,
                        () -> store.customFieldCatalog().definition("SuperOffice:1"));
            });
            assertTimeoutPreemptively(QUICKLY,
                    () -> assertThrows(StorageUnavailableException.class, () -> JdbcStore.open(settings)));
        }
    }
}
