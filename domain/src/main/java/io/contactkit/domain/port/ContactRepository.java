package io.contactkit.domain.port;

import io.contactkit.domain.model.ContactEntity;
import java.util.Optional;

/**
 * Where contacts are kept. Each call is atomic: it applies whole or not at all. Implementations report an
 * unreachable or failing store as {@link io.contactkit.domain.failure.StorageUnavailableException}.
 */
public interface ContactRepository {

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
     * Deletes the contact if it is still at the expected version.
     *
     * @throws StaleVersionException when another writer got there first
     * @throws io.contactkit.domain.failure.NotFoundException when the contact is gone
     */
    void delete(int contactId, long expectedVersion);
}
