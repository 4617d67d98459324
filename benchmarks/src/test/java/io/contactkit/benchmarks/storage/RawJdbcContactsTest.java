package io.contactkit.benchmarks.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.contactkit.benchmarks.Samples;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.port.ContactRepository;
import io.contactkit.jdbc.JdbcStore;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The storage baseline writes and reads the very rows the repository does (checked on H2, the quick one). */
class RawJdbcContactsTest {

    private final ContactEntity contact = Samples.contactWithTenElements();
    private Database.Running database;
    private JdbcStore store;
    private ContactRepository repository;
    private RawJdbcContacts rawJdbc;

    @BeforeEach
    void start() {
        database = Database.H2.start();
        store = JdbcStore.open(database.settings());
        repository = store.contacts();
        rawJdbc = new RawJdbcContacts(database.settings());
    }

    @AfterEach
    void stop() {
        rawJdbc.close();
        store.close();
        database.close();
    }

    @Test
    void contactHasTenElements() {
        assertEquals(10, contact.emails().size() + contact.urls().size() + contact.phones().size()
                + contact.faxes().size());
    }

    @Test
    void rawSaveWritesWhatTheRepositoryReadsAsTheContact() throws SQLException {
        int id = rawJdbc.save(contact);

        assertEquals(contact.toBuilder().contactId(id).build(), repository.find(id).orElseThrow().entity());
    }

    @Test
    void rawLoadReadsTheContactTheRepositorySaved() throws SQLException {
        int id = repository.insert(contact).entity().contactId();

        assertEquals(repository.find(id).orElseThrow().entity(), rawJdbc.load(id));
        assertEquals(contact.toBuilder().contactId(id).build(), rawJdbc.load(id));
    }
}
