package io.contactkit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.failure.ConflictException;
import io.contactkit.domain.failure.ForbiddenException;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.NotFoundException;
import io.contactkit.domain.failure.PreconditionFailedException;
import io.contactkit.domain.failure.StorageUnavailableException;
import io.contactkit.domain.failure.Violation;
import io.contactkit.domain.model.Associate;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.Country;
import io.contactkit.domain.model.EntityElement;
import io.contactkit.domain.model.ListItem;
import io.contactkit.domain.model.SavedUtmParameters;
import io.contactkit.domain.model.SelectableMDOListItem;
import io.contactkit.domain.model.TableRight;
import io.contactkit.domain.port.ContactRepository;
import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.port.ListItemProvider;
import io.contactkit.domain.port.ListName;
import io.contactkit.domain.port.StaleVersionException;
import io.contactkit.domain.port.StoredContact;
import io.contactkit.domain.rights.Principal;
import io.contactkit.domain.testing.Contacts;
import io.contactkit.domain.testing.ForwardingContactRepository;
import io.contactkit.domain.testing.InMemoryContactRepository;
import io.contactkit.domain.testing.MutableClock;
import io.contactkit.domain.testing.SampleLists;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ContactServiceTest {

    private static final Instant START = Instant.parse("2026-03-04T10:15:30.123456789Z");

    private final InMemoryContactRepository repository = new InMemoryContactRepository();
    private final MutableClock clock = new MutableClock(START);
    private final ContactService service = new ContactService(repository, new SampleLists(),
            CustomFieldCatalog.open(), clock);
    private final Caller admin = Caller.of(Principal.administrator("admin", 1));
    private final Caller reader = Caller.of(Principal.readOnly("reader", 2));

    @Test
    void fullyFilledContactSurvivesCreateGetSaveReplaceAndDelete() {
        ContactEntity sent = Contacts.fullyFilled();

        ContactEntity created = service.create(sent, admin).contact();
        assertClientPropertiesKept(sent, created);
        assertEquals(created, service.get(created.contactId(), admin).contact());

        clock.advance(Duration.ofMinutes(1));
        ContactEntity saved = service.save(created.toBuilder().department("Sales").build(), admin).contact();
        assertEquals("Sales", saved.department());
        assertClientPropertiesKept(sent.toBuilder().department("Sales").build(), saved);

        clock.advance(Duration.ofMinutes(1));
        ContactEntity replaced = service.replace(created.contactId(), saved.toBuilder().name("Dare AS").build(),
                Preconditions.none(), admin).contact();
        assertEquals("Dare AS", service.get(created.contactId(), admin).contact().name());
        assertClientPropertiesKept(sent.toBuilder().department("Sales").name("Dare AS").build(), replaced);

        service.delete(created.contactId(), Preconditions.none(), admin);
        assertThrows(NotFoundException.class, () -> service.get(created.contactId(), admin).contact());
        assertEquals(0, repository.size());
    }

    @Test
    void serverOwnedFieldsAreSetByTheCoreNotTakenFromTheClient() {
        ContactEntity sent = Contacts.fullyFilled().toBuilder()
                .contactId(999)
                .createdDate(Instant.parse("1998-08-25T10:15:26Z"))
                .updatedDate(Instant.parse("2020-04-01T10:15:26Z"))
                .createdBy(Associate.builder().associateId(2).build())
                .updatedBy(Associate.builder().associateId(2).build())
                .activeInterests(50).activeErpLinks(277).activeStatusMonitorId(101)
                .utmParameters(new SavedUtmParameters("google", "cpc", "spring", null, null))
                .tableRight(new TableRight("FULL", "forged"))
                .build();

        ContactEntity created = service.create(sent, admin).contact();

        assertEquals(1, created.contactId());
        assertEquals(START.truncatedTo(java.time.temporal.ChronoUnit.MICROS), created.createdDate());
        assertEquals(created.createdDate(), created.updatedDate());
        assertEquals(1, created.createdBy().associateId());
        assertEquals(1, created.updatedBy().associateId());
        assertEquals(1, created.activeInterests());
        assertEquals(0, created.activeErpLinks());
        assertEquals(0, created.activeStatusMonitorId());
        assertNull(created.utmParameters());
        assertEquals("", created.tableRight().reason());
        assertEquals("sales@dare.example", created.emails().get(0).strippedValue());
        assertEquals("post@dare.example", created.emails().get(1).strippedValue());
    }

    @Test
    void updateKeepsCreationFieldsAndStampsTheUpdate() {
        ContactEntity created = service.create(Contacts.fullyFilled(), admin).contact();
        clock.advance(Duration.ofHours(1));
        Caller other = Caller.of(Principal.administrator("reader-admin", 2));

        ContactEntity updated = service.replace(created.contactId(), created.toBuilder()
                .createdDate(Instant.EPOCH).createdBy(null).build(), Preconditions.none(), other).contact();

        assertEquals(created.createdDate(), updated.createdDate());
        assertEquals(1, updated.createdBy().associateId());
        assertEquals(2, updated.updatedBy().associateId());
        assertEquals(created.updatedDate().plus(Duration.ofHours(1)), updated.updatedDate());
    }

    @Test
    void activeInterestsCountsTheSelectedInterestsAndAnswersTheWholeList() {
        ContactEntity sent = Contacts.fullyFilled().toBuilder().interests(List.of(
                SelectableMDOListItem.builder().id(1).selected(true).build(),
                SelectableMDOListItem.builder().id(2).selected(true).build(),
                SelectableMDOListItem.builder().id(999).selected(false).build())).build();

        ContactEntity created = service.create(sent, admin).contact();

        assertEquals(2, created.activeInterests());
        assertEquals(List.of(1, 2, 272, 380), created.interests().stream().map(SelectableMDOListItem::id).toList());
        assertEquals(List.of(true, true, false, false),
                created.interests().stream().map(SelectableMDOListItem::selected).toList());
        assertEquals("Sailing", created.interests().get(1).name());
    }

    @Test
    void invalidContactIsRefusedNamingEveryPropertyAtFaultAndNothingIsStored() {
        ContactEntity sent = Contacts.fullyFilled().toBuilder()
                .name(" ")
                .orgNr("x".repeat(41))
                .emails(List.of(Contacts.email("omnis", null)))
                .category(new ListItem(77, null, null))
                .bounceEmails(List.of("ok@example.com", "y".repeat(256)))
                .build();

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> service.create(sent, admin));

        assertEquals(List.of("BounceEmails[1]", "Category.Id", "Emails[0].Value", "Name", "OrgNr"),
                refused.violations().stream().map(Violation::path).toList());
        assertEquals(0, repository.size());
    }

    @Test
    void textThatNoStoreCanKeepIsRefusedByItsPathWhateverTheStore() {
        ContactEntity sent = Contacts.fullyFilled().toBuilder()
                .name("Dare\u0000Group")
                .description("half a pair \uD83D")
                .customFields(Map.of("x_note", "fine \uD83D\uDE00"))
                .build();

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> service.create(sent, admin));

        assertEquals(List.of("Description", "Name"), refused.violations().stream().map(Violation::path).toList());
        assertEquals(0, repository.size());
    }

    @Test
    void nestedConstraintViolationsNameTheWirePath() {
        ContactEntity sent = Contacts.fullyFilled();
        ContactEntity tooLong = sent.toBuilder()
                .persons(List.of(sent.persons().get(0).toBuilder().firstname("f".repeat(51)).build()))
                .phones(List.of(EntityElement.builder().value("1".repeat(256)).build()))
                .build();

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> service.create(tooLong, admin).contact());

        assertEquals(List.of("Persons[0].Firstname", "Phones[0].Value"),
                refused.violations().stream().map(Violation::path).toList());
    }

    @Test
    void unknownListReferencesAreRefusedEachByItsPath() {
        ContactEntity sent = Contacts.fullyFilled().toBuilder()
                .associate(Associate.builder().associateId(42).build())
                .country(io.contactkit.domain.model.Country.builder().countryId(42).build())
                .interests(List.of(SelectableMDOListItem.builder().id(42).selected(true).build()))
                .build();

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> service.create(sent, admin));

        assertEquals(List.of("Associate.AssociateId", "Country.CountryId", "Interests[0].Id"),
                refused.violations().stream().map(Violation::path).toList());
    }

    @Test
    void creatorAndUpdaterAreShownAsTheAssociateListHasThemAndAsStoredWhereItHasNone() {
        Associate storedCreator = Associate.builder().associateId(1).name("stale name").build();
        Associate unlisted = Associate.builder().associateId(99).name("gone").userName("gone").build();
        int id = repository.insert(Contacts.fullyFilled().toBuilder().createdBy(storedCreator).updatedBy(unlisted)
                .build()).entity().contactId();

        ContactEntity shown = service.get(id, admin).contact();

        assertEquals("ADMIN", shown.createdBy().name());
        assertEquals("InternalAssociate", shown.createdBy().type());
        assertEquals(unlisted, shown.updatedBy());
    }

    @Test
    void listItemNamesAreAnsweredInTheCallersLanguage() {
        ContactEntity created = service.create(Contacts.fullyFilled(), admin).contact();

        ContactEntity norwegian = service.get(created.contactId(),
                new Caller(Principal.administrator("admin", 1), "no")).contact();

        assertEquals("Detaljhandel", norwegian.business().value());
        assertEquals("Kunde", norwegian.category().value());
        assertEquals("Norge", norwegian.country().name());
        assertEquals("Retail", created.business().value());
    }

    @Test
    void saveWithContactIdZeroCreatesAndWithAnUnknownIdIsNotFound() {
        ContactEntity first = service.save(Contacts.fullyFilled().toBuilder().contactId(0).build(), admin).contact();
        ContactEntity second = service.save(Contacts.fullyFilled().toBuilder().contactId(0).build(), admin).contact();

        assertNotEquals(first.contactId(), second.contactId());
        assertThrows(NotFoundException.class,
                () -> service.save(Contacts.fullyFilled().toBuilder().contactId(4711).build(), admin).contact());
        assertEquals(2, repository.size());
    }

    @Test
    void createAlwaysMakesANewContactWhateverIdTheBodyHolds() {
        ContactEntity first = service.create(Contacts.fullyFilled(), admin).contact();

        ContactEntity second = service.create(first, admin).contact();

        assertNotEquals(first.contactId(), second.contactId());
        assertEquals(2, repository.size());
    }

    @Test
    void replaceRefusesABodyIdThatDisagreesWithThePath() {
        ContactEntity created = service.create(Contacts.fullyFilled(), admin).contact();

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> service.replace(
                created.contactId(), created.toBuilder().contactId(created.contactId() + 1).build(),
                Preconditions.none(), admin).contact());

        assertEquals("ContactId", refused.violations().get(0).path());
    }

    @Test
    void ifUnmodifiedSinceRefusesAnUpdateAfterTheGivenSecondAndAcceptsOneWithinIt() {
        ContactEntity created = service.create(Contacts.fullyFilled(), admin).contact();
        Instant seen = created.updatedDate().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        ContactEntity sameSecond = service.replace(created.contactId(), created.toBuilder().department("A").build(),
                Preconditions.none().ifUnmodifiedSince(seen), admin).contact();
        clock.advance(Duration.ofSeconds(2));
        service.replace(created.contactId(), sameSecond.toBuilder().department("B").build(),
                Preconditions.none(), admin);

        assertThrows(PreconditionFailedException.class, () -> service.replace(created.contactId(),
                sameSecond.toBuilder().department("C").build(), Preconditions.none().ifUnmodifiedSince(seen), admin));
        assertThrows(PreconditionFailedException.class, () -> service.delete(created.contactId(),
                Preconditions.none().ifUnmodifiedSince(seen), admin));
        assertEquals("B", service.get(created.contactId(), admin).contact().department());
    }

    @Test
    void readOnlyUserCanReadButNotWrite() {
        ContactEntity created = service.create(Contacts.fullyFilled(), admin).contact();

        ContactEntity seen = service.get(created.contactId(), reader).contact();

        assertEquals("Select", seen.tableRight().mask());
        assertEquals("Read", seen.fieldProperties().get("Name").fieldRight().mask());
        assertThrows(ForbiddenException.class, () -> service.create(Contacts.fullyFilled(), reader).contact());
        assertThrows(ForbiddenException.class, () -> service.replace(created.contactId(), seen,
                Preconditions.none(), reader).contact());
        assertThrows(ForbiddenException.class, () -> service.patch(created.contactId(), c -> c,
                Preconditions.none(), reader).contact());
        assertThrows(ForbiddenException.class, () -> service.delete(created.contactId(), Preconditions.none(),
                reader));
        assertEquals(created, service.get(created.contactId(), admin).contact());
    }

    @Test
    void validateNamesWhatTheRulesWouldRefuseByPathAndStoresNothing() {
        ContactEntity stored = service.create(Contacts.fullyFilled(), admin).contact();
        ContactEntity broken = stored.toBuilder().name(" ")
                .emails(List.of(EntityElement.builder().value("not an address").build())).build();

        Map<String, String> messages = service.validate(broken, reader);

        assertEquals(List.of("Emails[0].Value", "Name"), List.copyOf(messages.keySet()));
        assertEquals(Map.of(), service.validate(stored, admin));
        assertEquals(Map.of("Name", "must not be blank"), service.validate(null, admin));
        assertEquals(stored, service.get(stored.contactId(), admin).contact());
        assertEquals(1, repository.size());
    }

    @Test
    void fieldPropertiesGiveTypeAndLengthFromTheModelAndRightsFromTheUser() {
        ContactEntity created = service.create(Contacts.fullyFilled(), admin).contact();

        Map<String, io.contactkit.domain.model.FieldProperty> fields = created.fieldProperties();

        assertEquals("FULL", created.tableRight().mask());
        assertEquals("System.String", fields.get("Name").fieldType());
        assertEquals(200, fields.get("Name").fieldLength());
        assertEquals("Update, UIHintMandatory", fields.get("Name").fieldRight().mask());
        assertEquals("Update", fields.get("Department").fieldRight().mask());
        assertEquals("System.Int32", fields.get("ContactId").fieldType());
        assertEquals("Read", fields.get("UpdatedDate").fieldRight().mask());
        assertEquals("System.DateTime", fields.get("UpdatedDate").fieldType());
        assertEquals("SuperOffice.CRM.Services.Category", fields.get("Category").fieldType());
        assertEquals("SuperOffice.CRM.Services.EntityElement[]", fields.get("Emails").fieldType());
        assertFalse(fields.containsKey("TableRight"));
    }

    @Test
    void modifyComputesTheChangeAgainOnFreshStateWhenAnotherWriterWins() {
        AtomicInteger conflictsLeft = new AtomicInteger(2);
        ContactRepository racing = new RacingRepository(repository, conflictsLeft);
        ContactService racingService = new ContactService(racing, new SampleLists(), CustomFieldCatalog.open(),
                clock);
        ContactEntity created = racingService.create(Contacts.fullyFilled(), admin).contact();
        List<Integer> emailCountsSeen = new ArrayList<>();

        ContactEntity modified = racingService.patch(created.contactId(), seen -> {
            emailCountsSeen.add(seen.emails().size());
            List<EntityElement> emails = new ArrayList<>(seen.emails());
            emails.add(Contacts.email("new@example.com", null));
            return seen.toBuilder().emails(emails).build();
        }, Preconditions.none(), admin).contact();

        assertEquals(3, emailCountsSeen.size());
        assertEquals(created.emails().size() + 1, modified.emails().size());
        assertEquals(0, conflictsLeft.get());
    }

    @Test
    void updateThatKeepsLosingRacesEndsInAConflict() {
        ContactRepository alwaysStale = new RacingRepository(repository, new AtomicInteger(Integer.MAX_VALUE));
        ContactService racingService = new ContactService(alwaysStale, new SampleLists(),
                CustomFieldCatalog.open(), clock);
        ContactEntity created = racingService.create(Contacts.fullyFilled(), admin).contact();

        assertThrows(ConflictException.class, () -> racingService.patch(created.contactId(),
                seen -> seen.toBuilder().department("x").build(), Preconditions.none(), admin).contact());
        assertEquals(created.department(), racingService.get(created.contactId(), admin).contact().department());
    }

    @Test
    void defaultEntityIsUnsavedAndOwnedByTheCaller() {
        ContactEntity fresh = service.defaultEntity(admin);

        assertEquals(0, fresh.contactId());
        assertEquals(1, fresh.associate().associateId());
        assertEquals("ADMIN", fresh.associate().name());
        assertEquals(4, fresh.interests().size());
        assertTrue(fresh.emails().isEmpty());
        assertEquals(0, repository.size());
    }

    @Test
    void timestampsAreStoredInUtcWithMicrosecondPrecision() {
        ContactEntity created = service.create(Contacts.fullyFilled(), admin).contact();

        StoredContact stored = repository.find(created.contactId()).orElseThrow();

        assertEquals(Instant.parse("2026-03-04T10:15:30.123456Z"), stored.entity().createdDate());
    }

    @Test
    void concurrentChangesOfOneContactQueueUpAndAllApplyWithoutLostRaces() throws Exception {
        RacingRepository counting = new RacingRepository(repository, new AtomicInteger());
        ContactService queued = new ContactService(counting, new SampleLists(), CustomFieldCatalog.open(), clock);
        int id = queued.create(ContactEntity.builder().name("Busy").build(), admin).contact().contactId();
        java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(16);
        List<java.util.concurrent.Future<?>> running = new ArrayList<>();
        for (int writer = 0; writer < 16; writer++) {
            int w = writer;
            running.add(writers.submit(() -> {
                for (int append = 0; append < 25; append++) {
                    String email = "w" + w + ".a" + append + "@example.com";
                    queued.patch(id, seen -> withEmail(seen, email), Preconditions.none(), admin);
                }
            }));
        }
        for (java.util.concurrent.Future<?> writer : running) {
            writer.get(1, java.util.concurrent.TimeUnit.MINUTES);
        }
        writers.shutdown();

        assertEquals(400, queued.get(id, admin).contact().emails().size());
        assertEquals(0, counting.staleUpdates.get());
    }

    private static ContactEntity withEmail(ContactEntity contact, String email) {
        List<EntityElement> emails = new ArrayList<>(contact.emails());
        emails.add(Contacts.email(email, null));
        return contact.toBuilder().emails(emails).build();
    }

    private static void assertClientPropertiesKept(ContactEntity sent, ContactEntity answered) {
        assertEquals(sent.name(), answered.name());
        assertEquals(sent.department(), answered.department());
        assertEquals(sent.orgNr(), answered.orgNr());
        assertEquals(sent.number1(), answered.number1());
        assertEquals(sent.number2(), answered.number2());
        assertEquals(values(sent.emails()), values(answered.emails()));
        assertEquals(values(sent.urls()), values(answered.urls()));
        assertEquals(values(sent.phones()), values(answered.phones()));
        assertEquals(values(sent.faxes()), values(answered.faxes()));
        assertEquals(sent.description(), answered.description());
        assertEquals(sent.associate().associateId(), answered.associate().associateId());
        assertEquals(sent.supportAssociate().associateId(), answered.supportAssociate().associateId());
        assertEquals(sent.business().id(), answered.business().id());
        assertEquals(sent.category().id(), answered.category().id());
        assertEquals(sent.country().countryId(), answered.country().countryId());
        assertEquals(sent.ticketPriority().id(), answered.ticketPriority().id());
        assertEquals(sent.customerLanguage().id(), answered.customerLanguage().id());
        assertEquals(sent.persons(), answered.persons());
        assertEquals(sent.noMailing(), answered.noMailing());
        assertEquals(sent.kananame(), answered.kananame());
        assertEquals(sent.xstop(), answered.xstop());
        assertEquals(sent.groupId(), answered.groupId());
        assertEquals(sent.deleted(), answered.deleted());
        assertEquals(sent.dbiAgentId(), answered.dbiAgentId());
        assertEquals(sent.dbiLastSyncronized(), answered.dbiLastSyncronized());
        assertEquals(sent.dbiKey(), answered.dbiKey());
        assertEquals(sent.dbiLastModified(), answered.dbiLastModified());
        assertEquals(sent.supportPerson(), answered.supportPerson());
        assertEquals(sent.address().postal().city(), answered.address().postal().city());
        assertEquals(sent.address().localizedAddress(), answered.address().localizedAddress());
        assertEquals("Box 1\n0101 Oslo", answered.address().formatted());
        assertEquals(sent.source(), answered.source());
        assertEquals(sent.bounceEmails(), answered.bounceEmails());
        assertEquals(sent.domains(), answered.domains());
        Map<String, String> allCustomFields = new java.util.LinkedHashMap<>(sent.userDefinedFields());
        allCustomFields.putAll(sent.extraFields());
        allCustomFields.putAll(sent.customFields());
        assertEquals(allCustomFields, answered.customFields());
    }

    private static List<String> values(List<EntityElement> elements) {
        return elements.stream().map(e -> e.value() + "|" + e.description()).collect(Collectors.toList());
    }

    @Test
    void aWriteTheStoreTookIsAnsweredEvenWhenTheStoreFailsRightAfterIt() {
        FailingLists lists = new FailingLists();
        ContactRepository failingAfterWrites = new FailingAfterWrites(repository, lists);
        ContactService flaky = new ContactService(failingAfterWrites, lists, CustomFieldCatalog.open(), clock);

        ContactEntity created = flaky.create(Contacts.fullyFilled(), admin).contact();
        lists.failing = false;
        ContactEntity changed = flaky.replace(created.contactId(), created.toBuilder().department("Sales").build(),
                Preconditions.none(), admin).contact();
        lists.failing = false;

        assertEquals(created.toBuilder().department("Sales").updatedDate(changed.updatedDate())
                .updatedBy(changed.updatedBy()).build(), changed);
        assertEquals(changed, flaky.get(created.contactId(), admin).contact());
    }

    @Test
    void whenTheStoreFailsBeforeTheWriteNothingIsWritten() {
        FailingLists lists = new FailingLists();
        lists.failing = true;
        ContactService flaky = new ContactService(repository, lists, CustomFieldCatalog.open(), clock);

        assertThrows(StorageUnavailableException.class, () -> flaky.create(Contacts.fullyFilled(), admin).contact());
        assertEquals(0, repository.size());
    }

    /** The sample lists, or a store that is down. */
    private static final class FailingLists implements ListItemProvider {

        private final SampleLists lists = new SampleLists();
        private volatile boolean failing;

        @Override
        public Optional<ListItem> listItem(ListName list, int id, String language) {
            return available().listItem(list, id, language);
        }

        @Override
        public Optional<Country> country(int countryId, String language) {
            return available().country(countryId, language);
        }

        @Override
        public Optional<Associate> associate(int associateId) {
            return available().associate(associateId);
        }

        @Override
        public List<SelectableMDOListItem> interests(String language) {
            return available().interests(language);
        }

        private SampleLists available() {
            if (failing) {
                throw new StorageUnavailableException("the store went away", null);
            }
            return lists;
        }
    }

    /** A store that goes away right after each write it took. */
    private static final class FailingAfterWrites extends ForwardingContactRepository {

        private final FailingLists lists;

        FailingAfterWrites(ContactRepository store, FailingLists lists) {
            super(store);
            this.lists = lists;
        }

        @Override
        public StoredContact insert(ContactEntity contact) {
            StoredContact stored = super.insert(contact);
            lists.failing = true;
            return stored;
        }

        @Override
        public StoredContact update(ContactEntity contact, long expectedVersion) {
            StoredContact stored = super.update(contact, expectedVersion);
            lists.failing = true;
            return stored;
        }
    }

    /**
     * Lets another writer win the first {@code conflicts} updates, as a busy store would, and counts every update
     * refused as stale, injected or real.
     */
    private static final class RacingRepository extends ForwardingContactRepository {

        private final AtomicInteger conflicts;
        private final AtomicInteger staleUpdates = new AtomicInteger();

        RacingRepository(ContactRepository store, AtomicInteger conflicts) {
            super(store);
            this.conflicts = conflicts;
        }

        @Override
        public StoredContact update(ContactEntity contact, long expectedVersion) {
            try {
                if (conflicts.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                    throw new StaleVersionException(contact.contactId(), expectedVersion);
                }
                return super.update(contact, expectedVersion);
            } catch (StaleVersionException e) {
                staleUpdates.incrementAndGet();
                throw e;
            }
        }
    }
}
