package io.contactkit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.port.ContactRepository;
import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.port.StoredContact;
import io.contactkit.domain.rights.Principal;
import io.contactkit.domain.testing.ForwardingContactRepository;
import io.contactkit.domain.testing.InMemoryContactRepository;
import io.contactkit.domain.testing.MutableClock;
import io.contactkit.domain.testing.SampleLists;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the service tells the repository about an update, so that a store can write only what changed. */
class ContactServiceUpdateTest {

    private final RecordingRepository repository = new RecordingRepository(new InMemoryContactRepository());
    private final ContactService service = new ContactService(repository, new SampleLists(),
            CustomFieldCatalog.open(), new MutableClock(Instant.parse("2026-03-04T10:15:30Z")));
    private final Caller admin = Caller.of(Principal.administrator("admin", 1));

    @Test
    void updateHandsTheRepositoryTheStoredStateItChanges() {
        int id = service.create(ContactEntity.builder().name("Dare").build(), admin).contactId();
        StoredContact stored = repository.find(id).orElseThrow();

        service.patch(id, seen -> seen.toBuilder().department("Sales").build(), UpdateCondition.none(), admin);
        StoredContact second = repository.find(id).orElseThrow();
        service.patch(id, seen -> seen.toBuilder().department("Support").build(), UpdateCondition.none(), admin);

        assertEquals(List.of(stored, second), repository.befores);
        assertEquals("Support", repository.find(id).orElseThrow().entity().department());
    }

    /** Passes every call on, noting the previous state each update names. */
    private static final class RecordingRepository extends ForwardingContactRepository {

        private final ContactRepository store;
        private final List<StoredContact> befores = new ArrayList<>();

        RecordingRepository(ContactRepository store) {
            super(store);
            this.store = store;
        }

        @Override
        public StoredContact update(ContactEntity contact, long expectedVersion) {
            throw new AssertionError("the service names the state it changes");
        }

        @Override
        public StoredContact update(StoredContact before, ContactEntity after) {
            befores.add(before);
            return store.update(before, after);
        }
    }
}
