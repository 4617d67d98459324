package io.contactkit.domain.port;

import io.contactkit.domain.model.ContactEntity;
import java.util.Optional;

/**
 * Where contacts are kept. Each call is atomic: it applies whole or not at all. Implementations report an
 * unreachable or failing store as {@link io.contactkit.domain.failure.StorageUnavailableException}.
 */
public interface ContactRepository {

    /**
     * The contact at its current version, with the UpdatedDate its last update replaced ({@link
     * StoredContact#previousUpdatedDate()}): without that, a write conditional on If-Unmodified-Since cannot tell a
     * contact changed twice within one second from one changed once.
     */
    Optional<StoredContact> find(int contactId);

    /** Stores a new contact under a fresh ContactId and answers it as given, under that id, at version 1. */
    StoredContact insert(ContactEntity contact);

    /**
     * Replaces the contact with the entity's ContactId, if it is still at the expected version, and answers it as
     * given, at the next version.
     *
     * @throws StaleVersionException when another writer got there first
     * @throws io.contactkit.domain.failure.NotFoundException when the contact is gone
     */
    StoredContact update(ContactEntity contact, long expectedVersion);

    /**
     * Replaces the contact {@code before} with {@code after}, if it is still at {@code before}'s version, and answers
     * {@code after} at the next version. Knowing the previous state lets an implementation write only what changed;
     * the default writes everything, as {@link #update(ContactEntity, long)} does.
     *
     * @param before the contact as this repository answered it (from find, insert or update), at its version
     * @param after  the new state of the same contact
     * @throws StaleVersionException when another writer got there first
     * @throws io.contactkit.domain.failure.NotFoundException when the contact is gone
     */
    default StoredContact update(StoredContact before, ContactEntity after) {
        return update(after, before.version());
    }

    /**
     * Deletes the contact if it is still at the expected version.
     *
     * @throws StaleVersionException when another writer got there first
     * @throws io.contactkit.domain.failure.NotFoundException when the contact is gone
     */
    void delete(int contactId, long expectedVersion);
}
