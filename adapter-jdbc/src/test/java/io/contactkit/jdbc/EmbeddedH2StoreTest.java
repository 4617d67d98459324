package io.contactkit.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.port.StoredContact;
import io.contactkit.domain.testing.ContactFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: an H2 file database that needs no set-up and keeps contacts across restarts. */
class EmbeddedH2StoreTest {

    @Test
    void contactsOutliveTheStoreThatSavedThem(@TempDir Path directory) {
        ContactEntity contact = ContactFixtures.everyPropertyFilled(ContactFixtures.INTEGRATION_USER);
        StoredContact saved;
        try (JdbcStore store = JdbcStore.open(JdbcSettings.embedded(directory))) {
            saved = store.contacts().insert(contact);
        }

        try (JdbcStore reopened = JdbcStore.open(JdbcSettings.embedded(directory))) {
            assertEquals(Optional.of(saved), reopened.contacts().find(saved.entity().contactId()));
        }
        assertTrue(Files.exists(directory.resolve("contactkit.mv.db")));
    }
}
