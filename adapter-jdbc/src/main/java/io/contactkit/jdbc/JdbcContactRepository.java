package io.contactkit.jdbc;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.NotFoundException;
import io.contactkit.domain.failure.Violation;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.port.ContactRepository;
import io.contactkit.domain.port.StaleVersionException;
import io.contactkit.domain.port.StoredContact;
import io.contactkit.domain.schema.UnicodeText;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Contacts in SQL tables. Each call is one transaction. Writes are guarded by the contact's version: an update or
 * delete names the version it read, and the row is only touched while it is still at that version.
 * <p>What comes back is the contact as the core stored it, with the differences the core does not depend on: list
 * references (Associate, Business, Country, ...) hold only their ids; Interests are the selected ones, by id;
 * CreatedBy and UpdatedBy are the associate list's entry, or id, name and user name for an actor the list lacks.
 * Insert and update answer the contact as given, under its id and new version. Text the store cannot keep
 * exactly is refused before anything is written, by the core's {@link UnicodeText} rule, also for callers that
 * bypass the core's service.
 */
final class JdbcContactRepository implements ContactRepository {

    private static final String SELECT_EXISTS = "SELECT COUNT(*) FROM contact WHERE id = :contact_id";

    private final Jdbi jdbi;
    private final WriteTransactions writes;
    private final boolean postgresql;

    /** @param postgresql whether the database is PostgreSQL, where {@code SET TRANSACTION} holds for one transaction */
    JdbcContactRepository(Jdbi jdbi, WriteTransactions writes, boolean postgresql) {
        this.jdbi = jdbi;
        this.writes = writes;
        this.postgresql = postgresql;
    }

    /**
     * Reads in REPEATABLE READ, so the contact's row and its parts come from one state even while others write. On
     * PostgreSQL the contact query sets the level for its transaction, in the round trip that begins it: a
     * statement of its own would cost a round trip, and a level set on the session three (read it, set it, set it
     * back), while the writes keep the pool's READ COMMITTED. H2 would keep a {@code SET TRANSACTION} level for the
     * session, so there the session's level is set and restored, which an embedded H2 does in memory.
     */
    @Override
    public Optional<StoredContact> find(int contactId) {
        return StoreFaults.guarded("loading contact " + contactId, () -> postgresql
                ? jdbi.inTransaction(handle -> ContactReads.findInNewSnapshot(handle, contactId))
                : jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ,
                        handle -> ContactReads.find(handle, contactId)));
    }

    @Override
    public StoredContact insert(ContactEntity contact) {
        refuseTextItCannotKeep(contact);
        int id = StoreFaults.guarded("inserting a contact",
                () -> writes.inTransaction(handle -> ContactWrites.insert(handle, contact)));
        return new StoredContact(contact.toBuilder().contactId(id).build(), ContactWrites.FIRST_VERSION);
    }

    @Override
    public StoredContact update(ContactEntity contact, long expectedVersion) {
        return write(null, contact, expectedVersion);
    }

    /** Rewrites only the tables of parts whose content differs from {@code before}'s. */
    @Override
    public StoredContact update(StoredContact before, ContactEntity after) {
        if (before.entity().contactId() != after.contactId()) {
            throw new IllegalArgumentException("an update changes one contact, not contact "
                    + before.entity().contactId() + " into " + after.contactId());
        }
        return write(before.entity(), after, before.version());
    }

    /** Without {@code before}, the UpdatedDate the update replaced is read back in its transaction. */
    private StoredContact write(ContactEntity before, ContactEntity after, long expectedVersion) {
        refuseTextItCannotKeep(after);
        int id = after.contactId();
        Instant replaced = StoreFaults.guarded("updating contact " + id, () -> writes.inTransaction(handle -> {
            if (!ContactWrites.update(handle, before, after, expectedVersion)) {
                throw missed(handle, id, expectedVersion);
            }
            return before == null ? ContactReads.previousUpdatedDate(handle, id) : before.updatedDate();
        }));
        return new StoredContact(after, expectedVersion + 1, replaced);
    }

    @Override
    public void delete(int contactId, long expectedVersion) {
        StoreFaults.guarded("deleting contact " + contactId, () -> writes.useTransaction(handle -> {
            if (!ContactWrites.delete(handle, contactId, expectedVersion)) {
                throw missed(handle, contactId, expectedVersion);
            }
        }));
    }

    /** Why a write guarded by the version touched no row: the contact is gone, or at another version. */
    private static RuntimeException missed(Handle handle, int contactId, long expectedVersion) {
        boolean exists = handle.createQuery(SELECT_EXISTS).bind("contact_id", contactId)
                .mapTo(Integer.class).one() > 0;
        return exists ? new StaleVersionException(contactId, expectedVersion)
                : new NotFoundException("Contact", contactId);
    }

    private static void refuseTextItCannotKeep(ContactEntity contact) {
        List<Violation> violations = UnicodeText.violations(contact);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
