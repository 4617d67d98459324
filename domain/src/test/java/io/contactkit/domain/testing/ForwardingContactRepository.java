package io.contactkit.domain.testing;

import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.port.ContactRepository;
import io.contactkit.domain.port.StoredContact;
import java.util.Optional;

/**
 * Passes every call on to a store; a test double overrides the calls it watches or disturbs. An update from a
 * stored state takes the port's default way, through {@link #update(ContactEntity, long)}, so overriding that one
 * disturbs every update.
 */
public abstract class ForwardingContactRepository implements ContactRepository {

    private final ContactRepository store;

    protected ForwardingContactRepository(ContactRepository store) {
        this.store = store;
    }

    @Override
    public Optional<StoredContact> find(int contactId) {
        return store.find(contactId);
    }

    @Override
    public StoredContact insert(ContactEntity contact) {
        return store.insert(contact);
    }

    @Override
    public StoredContact update(ContactEntity contact, long expectedVersion) {
        return store.update(contact, expectedVersion);
    }

    @Override
    public void delete(int contactId, long expectedVersion) {
        store.delete(contactId, expectedVersion);
    }
}
