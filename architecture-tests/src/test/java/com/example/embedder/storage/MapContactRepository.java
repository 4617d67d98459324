package com.example.embedder.storage;

import io.contactkit.domain.failure.NotFoundException;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.port.ContactRepository;
import io.contactkit.domain.port.StaleVersionException;
import io.contactkit.domain.port.StoredContact;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An embedding application's own storage adapter, as it would write one: it plugs into ContactKit through the
 * core's port, model and failures only.
 */
public final class MapContactRepository implements ContactRepository {

    private final Map<Integer, StoredContact> contacts = new HashMap<>();
    private int lastId;

    @Override
    public synchronized Optional<StoredContact> find(int contactId) {
        return Optional.ofNullable(contacts.get(contactId));
    }

    @Override
    public synchronized StoredContact insert(ContactEntity contact) {
        lastId++;
        return keep(new StoredContact(contact.toBuilder().contactId(lastId).build(), 1));
    }

    @Override
    public synchronized StoredContact update(ContactEntity contact, long expectedVersion) {
        StoredContact stored = atVersion(contact.contactId(), expectedVersion);
        return keep(new StoredContact(contact, stored.version() + 1, stored.entity().updatedDate()));
    }

    @Override
    public synchronized void delete(int contactId, long expectedVersion) {
        atVersion(contactId, expectedVersion);
        contacts.remove(contactId);
    }

    private StoredContact atVersion(int contactId, long expectedVersion) {
        StoredContact stored = contacts.get(contactId);
        if (stored == null) {
            throw new NotFoundException("Contact", contactId);
        }
        if (stored.version() != expectedVersion) {
            throw new StaleVersionException(contactId, expectedVersion);
        }
        return stored;
    }

    private StoredContact keep(StoredContact stored) {
        contacts.put(stored.entity().contactId(), stored);
        return stored;
    }
}
