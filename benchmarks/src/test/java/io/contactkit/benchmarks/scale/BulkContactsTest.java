package io.contactkit.benchmarks.scale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.contactkit.benchmarks.Samples;
import io.contactkit.benchmarks.storage.Database;
import io.contactkit.domain.Caller;
import io.contactkit.domain.ContactService;
import io.contactkit.domain.UpdateCondition;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.EntityElement;
import io.contactkit.domain.port.ContactRepository;
import io.contactkit.domain.port.StoredContact;
import io.contactkit.domain.rights.Principal;
import io.contactkit.jdbc.JdbcStore;
import io.contactkit.patch.PatchDocument;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The bulk fill stores contacts the product cannot tell from the one it stored itself: loaded through the store
 * and through the service they equal it field by field, ids aside, and they are patched like any other. One
 * embedded PostgreSQL for the class; each test starts from an empty contact table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkContactsTest {

    private final Caller caller = Caller.of(Principal.administrator("admin", 1));
    private Database.Running database;
    private JdbcStore store;
    private ContactRepository repository;
    private ContactService service;

    @BeforeAll
    void start() {
        database = Database.POSTGRESQL.start();
        store = JdbcStore.open(database.settings());
        repository = store.contacts();
        service = new ContactService(repository, store.lists(), store.customFieldCatalog(), Clock.systemUTC());
    }

    /** Deleting a contact deletes its parts (ON DELETE CASCADE). */
    @BeforeEach
    void deleteAllContacts() throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.settings().jdbcUrl(),
                database.settings().user(), database.settings().password());
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM contact");
        }
    }

    @AfterAll
    void stop() {
        store.close();
        database.close();
    }

    @Test
    void bulkFilledContactsEqualTheContactTheProductInserted() throws SQLException {
        int templateId = service.create(Samples.contactWithTenElements(), caller).contactId();
        BulkContacts bulk = new BulkContacts(database.settings(), 2);

        assertEquals(4, bulk.fillTo(5, templateId));

        StoredContact inserted = repository.find(templateId).orElseThrow();
        ContactEntity shown = service.get(templateId, caller);
        int[] ids = bulk.ids();
        assertEquals(5, ids.length);
        for (int id : ids) {
            StoredContact filled = repository.find(id).orElseThrow();
            assertEquals(inserted.version(), filled.version(), "version of " + id);
            assertEquals(inserted.entity(), withId(filled.entity(), templateId), "stored contact " + id);
            assertEquals(shown, withId(service.get(id, caller), templateId), "contact " + id + " as GET shows it");
        }
        assertEquals(values(Samples.contactWithTenElements()), values(repository.find(ids[4]).orElseThrow().entity()));
    }

    @Test
    void bulkFilledContactIsPatchedAndLeavesTheOthersAlone() throws SQLException {
        int templateId = service.create(Samples.contactWithTenElements(), caller).contactId();
        BulkContacts bulk = new BulkContacts(database.settings());
        bulk.fillTo(3, templateId);
        int[] ids = bulk.ids();
        PatchDocument patch = PatchDocument.jsonPatch(List.of(
                Map.of("op", "replace", "path", "/Department", "value", "Patched"),
                Map.of("op", "remove", "path", "/Emails/0")));

        service.patch(ids[2], patch, UpdateCondition.none(), caller);

        StoredContact patched = repository.find(ids[2]).orElseThrow();
        assertEquals(2, patched.version());
        assertEquals("Patched", patched.entity().department());
        assertEquals(3, patched.entity().emails().size());
        assertEquals(repository.find(templateId).orElseThrow().entity(),
                withId(repository.find(ids[1]).orElseThrow().entity(), templateId));
    }

    @Test
    void fillingAddsOnlyWhatIsMissing() throws SQLException {
        int templateId = service.create(Samples.contactWithTenElements(), caller).contactId();
        BulkContacts bulk = new BulkContacts(database.settings(), 2);

        assertEquals(2, bulk.fillTo(3, templateId));
        int[] three = bulk.ids();
        assertEquals(0, bulk.fillTo(3, templateId));
        assertArrayEquals(three, bulk.ids());
        assertEquals(3, bulk.fillTo(6, templateId));
        assertEquals(6, bulk.count());
    }

    /** The values of the contact's ten elements (the core derives their stripped values on insert). */
    private static List<String> values(ContactEntity contact) {
        return Stream.of(contact.emails(), contact.urls(), contact.phones(), contact.faxes())
                .flatMap(List::stream).map(EntityElement::value).toList();
    }

    private static ContactEntity withId(ContactEntity contact, int id) {
        return contact.toBuilder().contactId(id).build();
    }
}
