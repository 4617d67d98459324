package io.contactkit.domain.testing;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.NotFoundException;
import io.contactkit.domain.failure.Violation;
import io.contactkit.domain.model.Associate;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.Country;
import io.contactkit.domain.model.ListItem;
import io.contactkit.domain.model.SelectableMDOListItem;
import io.contactkit.domain.port.ContactRepository;
import io.contactkit.domain.port.ContactSearch;
import io.contactkit.domain.port.FoundContact;
import io.contactkit.domain.port.SearchQuery;
import io.contactkit.domain.port.StaleVersionException;
import io.contactkit.domain.port.StoredContact;
import io.contactkit.domain.schema.UnicodeText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A repository and search in a map, for tests of the core and of adapters that need one. It keeps the contracts
 * every store keeps ({@link ContactRepositoryContract}, {@link ContactSearchContract}), as the JDBC store does: text
 * no store can keep exactly is refused, and what is found holds list references and interests by their ids only.
 */
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
        refuseTextItCannotKeep(contact);
        int id = lastId.incrementAndGet();
        ContactEntity given = contact.toBuilder().contactId(id).build();
        contacts.put(id, new StoredContact(kept(given), 1));
        return new StoredContact(given, 1);
    }

    @Override
    public StoredContact update(ContactEntity contact, long expectedVersion) {
        refuseTextItCannotKeep(contact);
        int id = contact.contactId();
        StoredContact now = contacts.computeIfPresent(id, (key, stored) -> {
            if (stored.version() != expectedVersion) {
                throw new StaleVersionException(id, expectedVersion);
            }
            return new StoredContact(kept(contact), expectedVersion + 1, stored.entity().updatedDate());
        });
        if (now == null) {
            throw new NotFoundException("Contact", id);
        }
        return new StoredContact(contact, now.version(), now.previousUpdatedDate());
    }

    @Override
    public StoredContact update(StoredContact before, ContactEntity after) {
        if (before.entity().contactId() != after.contactId()) {
            throw new IllegalArgumentException("an update changes one contact, not contact "
                    + before.entity().contactId() + " into " + after.contactId());
        }
        return update(after, before.version());
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

    private static void refuseTextItCannotKeep(ContactEntity contact) {
        List<Violation> violations = UnicodeText.violations(contact);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** The contact as a store keeps it: references to list items by their ids, the selected interests by theirs. */
    private static ContactEntity kept(ContactEntity contact) {
        return contact.toBuilder()
                .associate(associate(contact.associate()))
                .supportAssociate(associate(contact.supportAssociate()))
                .business(item(contact.business()))
                .category(item(contact.category()))
                .ticketPriority(item(contact.ticketPriority()))
                .customerLanguage(item(contact.customerLanguage()))
                .country(contact.country() == null ? null
                        : Country.builder().countryId(contact.country().countryId()).build())
                .interests(contact.interests().stream().filter(SelectableMDOListItem::selected)
                        .map(interest -> SelectableMDOListItem.builder().id(interest.id()).selected(true).build())
                        .toList())
                .build();
    }

    private static Associate associate(Associate reference) {
        return reference == null ? null : Associate.builder().associateId(reference.associateId()).build();
    }

    private static ListItem item(ListItem reference) {
        return reference == null ? null : ListItem.builder().id(reference.id()).build();
    }
}
