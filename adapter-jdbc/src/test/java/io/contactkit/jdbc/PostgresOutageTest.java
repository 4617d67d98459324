package io.contactkit.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.failure.StorageUnavailableException;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.port.ListName;
import io.contactkit.domain.port.StoredContact;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PostgreSQL server that goes away, and comes back: every call fails fast as StorageUnavailableException. */
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
                assertThrows(StorageUnavailableException.class, () -> store.identities().user("admin"));
                assertThrows(StorageUnavailableException.class, () -> store.identities().tokenByDigest("0".repeat(64)));
                assertFalse(store.isReady());
            });
            assertTimeoutPreemptively(QUICKLY,
                    () -> assertThrows(StorageUnavailableException.class, () -> JdbcStore.open(settings)));
        }
    }

    /**
     * Calls queued behind one another (as the updates of one contact are) must not each wait the connection
     * timeout: once the pool has found the server gone, calls fail at once, and the first call after the server
     * is back (on the same data and port) gets through, with no new store.
     */
    @Test
    void afterTheServerIsFoundGoneCallsFailAtOnceAndTheStoreServesAgainOnceItIsBack(@TempDir Path data)
            throws Exception {
        int port = freePort();
        EmbeddedPostgres server = postgres(data, port);
        JdbcSettings settings = JdbcSettings.of("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "")
                .withConnectionTimeout(Duration.ofSeconds(2));
        try (JdbcStore store = JdbcStore.open(settings)) {
            int id = store.contacts().insert(ContactEntity.builder().name("Outlives the outage").build()).entity()
                    .contactId();

            server.close();
            long started = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                assertThrows(StorageUnavailableException.class, () -> store.contacts().find(id));
            }
            Duration twentyCalls = Duration.ofNanos(System.nanoTime() - started);
            server = postgres(data, port);
            Optional<StoredContact> found = Optional.empty();
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (found.isEmpty() && System.nanoTime() < deadline) {
                try {
                    found = store.contacts().find(id);
                } catch (StorageUnavailableException stillDown) {
                    Thread.sleep(100);
                }
            }

            assertTrue(store.isReady(), "ready again once the server is back");
            assertTrue(twentyCalls.compareTo(Duration.ofSeconds(8)) < 0, () -> "20 calls took " + twentyCalls
                    + "; each waiting the timeout would take 40 s");
            assertEquals("Outlives the outage", found.orElseThrow().entity().name());
        } finally {
            server.close();
        }
    }

    private static EmbeddedPostgres postgres(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
