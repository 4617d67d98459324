package io.contactkit.domain.testing;

import io.contactkit.domain.failure.NotFoundException;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.port.ContactRepository;
import io.contactkit.domain.port.ContactSearch;
import io.contactkit.domain.port.FoundContact;
import io.contactkit.domain.port.SearchQuery;
import java.util.List;
import io.contactkit.domain.port.StaleVersionException;
import io.contactkit.domain.port.StoredContact;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A repository and search in a map, for tests of the core and of adapters that need one. */
public final class InMemoryContactRepository implements ContactRepository, ContactSearch {

    private final Map<Integer, StoredContact> contacts = new ConcurrentHashMap<>();
    private final AtomicInteger lastId = new AtomicInteger();
    private final ContactSearch search = new InMemoryContactSearch(
            () -> contacts.values().stream().map(StoredContact::entity).toList());

    @Override
    public List<FoundContact> search(SearchQuery query) {
        return search.search(query);
    }

    @Override
    public Optional<StoredContact> find(int contactId) {
        return Optional.ofNullable(contacts.get(contactId));
    }

    @Override
    public StoredContact insert(ContactEntity contact) {
        int id = lastId.incrementAndGet();
        StoredContact stored = new StoredContact(contact.toBuilder().contactId(id).build(), 1);
        contacts.put(id, stored);
        return stored;
    }

    @Override
    public StoredContact update(ContactEntity contact, long expectedVersion) {
        int id = contact.contactId();
        StoredContact[] result = new StoredContact[1];
        StoredContact now = contacts.computeIfPresent(id, (key, stored) -> {
            if (stored.version() != expectedVersion) {
                throw new StaleVersionException(id, expectedVersion);
            }
            result[0] = new StoredContact(contact, expectedVersion + 1);
            return result[0];
        });
        if (now == null) {
            throw new NotFoundException("Contact", id);
        }
        return result[0];
    }

    @Override
    public void delete(int contactId, long expectedVersion) {
        StoredContact stored = contacts.get(contactId);
        if (stored == null) {
            throw new NotFoundException("Contact", contactId);
        }
        if (stored.version() != expectedVersion || !contacts.remove(contactId, stored)) {
            throw new StaleVersionException(contactId, expectedVersion);
        }
    }

    public int size() {
        return contacts.size();
    }
}
