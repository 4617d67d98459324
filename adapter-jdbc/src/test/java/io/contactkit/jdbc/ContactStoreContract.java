package io.contactkit.jdbc;

import static io.contactkit.domain.testing.ContactFixtures.everyPropertyFilled;
import static io.contactkit.domain.testing.ContactFixtures.withEmailAppended;
import static io.contactkit.domain.testing.ContactFixtures.withParts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.Caller;
import io.contactkit.domain.ContactService;
import io.contactkit.domain.Preconditions;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.NotFoundException;
import io.contactkit.domain.failure.StorageUnavailableException;
import io.contactkit.domain.model.Address;
import io.contactkit.domain.model.Associate;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.Country;
import io.contactkit.domain.model.EntityElement;
import io.contactkit.domain.model.ListItem;
import io.contactkit.domain.model.Person;
import io.contactkit.domain.model.SelectableMDOListItem;
import io.contactkit.domain.model.StructuredAddress;
import io.contactkit.domain.port.ContactRepository;
import io.contactkit.domain.port.CustomFieldDefinition;
import io.contactkit.domain.port.CustomFieldKind;
import io.contactkit.domain.port.CustomFieldType;
import io.contactkit.domain.port.ListItemProvider;
import io.contactkit.domain.port.ListName;
import io.contactkit.domain.port.StoredContact;
import io.contactkit.domain.rights.Principal;
import io.contactkit.domain.testing.ContactFixtures;
import io.contactkit.domain.testing.ContactRepositoryContract;
import io.contactkit.domain.testing.SeedSamples;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every database the store runs on must do: the contract of every repository, and what only the JDBC store
 * shows (the rows and statements it writes, its lists, its catalog, its pool). Each subclass supplies one database
 * for all its tests; tests create their own contacts and never depend on each other's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ContactStoreContract extends ContactRepositoryContract {

    /** Seven-digit fractions, as .NET clients send them, and a full nanosecond one. */
    private static final Instant SEVEN_DIGITS = Instant.parse("2020-04-01T10:15:26.5796409Z");
    private static final Instant NINE_DIGITS = Instant.parse("2031-02-03T04:05:06.123456789Z");
    private static final Instant BEFORE_EPOCH = Instant.parse("1969-12-31T23:59:59.000000001Z");
    private static final Instant LAST_NANOSECOND_OF_9999 = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private static final Caller NORWEGIAN_ADMIN = new Caller(Principal.administrator("admin", 1), "no");

    protected JdbcSettings settings;
    protected JdbcStore store;
    protected ContactRepository contacts;
    protected ListItemProvider lists;

    /** Starts the database this suite runs against and answers how to reach it; called once per class. */
    protected abstract JdbcSettings startDatabase();

    /** Stops the database, if it outlives the store; called once per class, after the store is closed. */
    protected void stopDatabase() {
    }

    @BeforeAll
    void openStore() {
        settings = startDatabase();
        store = JdbcStore.open(settings);
        contacts = store.contacts();
        lists = store.lists();
    }

    @Override
    protected ContactRepository contacts() {
        return contacts;
    }

    @AfterAll
    void closeStore() {
        store.close();
        stopDatabase();
    }






    @Test
    void updateToNoPartsLeavesNoRowOfThem() {
        StoredContact stored = storedWithEveryPart();

        contacts.update(stored, named("Bare again").toBuilder().contactId(stored.entity().contactId()).build());

        int id = stored.entity().contactId();
        assertEquals(0, rowsOf(id, "contact_element") + rowsOf(id, "contact_person") + rowsOf(id, "contact_domain"));
    }

    @Test
    void updateOfOnlyTheDepartmentWritesOnlyTheContactRow() {
        StoredContact stored = storedWithEveryPart();

        List<String> written = statementTargetsOf(() -> contacts.update(stored,
                stored.entity().toBuilder().department("Another department").build()));

        assertEquals(List.of("UPDATE contact"), written);
        assertEquals("Another department",
                contacts.find(stored.entity().contactId()).orElseThrow().entity().department());
    }

    @Test
    void updateOfOneEmailRewritesOnlyTheElementTable() {
        StoredContact stored = storedWithEveryPart();
        List<EntityElement> emails = new ArrayList<>(stored.entity().emails());
        emails.set(1, emails.get(1).toBuilder().value("changed@example.com").build());
        ContactEntity changed = stored.entity().toBuilder().emails(emails).build();

        List<String> written = statementTargetsOf(() -> contacts.update(stored, changed));

        assertEquals(List.of("UPDATE contact", "DELETE FROM contact_element", "INSERT INTO contact_element"),
                written);
        assertEquals(Optional.of(new StoredContact(changed, stored.version() + 1, stored.entity().updatedDate())),
                contacts.find(changed.contactId()));
    }




    @Test
    void deleteLeavesNoRowOfItsParts() {
        StoredContact stored = contacts.insert(everyPropertyFilled(lists.associate(1).orElseThrow()));
        int id = stored.entity().contactId();

        contacts.delete(id, stored.version());

        assertEquals(0, rowsOf(id, "contact_element") + rowsOf(id, "contact_person") + rowsOf(id, "contact_address")
                + rowsOf(id, "contact_custom_field") + rowsOf(id, "contact_utm"));
    }





    @Test
    void refusedTextWritesNoRow() {
        int before = rowsOf("contact");

        assertThrows(InvalidInputException.class, () -> contacts.insert(named("before\u0000after")));

        assertEquals(before, rowsOf("contact"));
    }

    @Test
    void aValueTheDatabaseRefusesFailsTheUpdateWhole() {
        StoredContact stored = contacts.insert(withParts(named("Intact"), 3));
        ContactEntity tooLong = withParts(stored.entity(), 5).toBuilder().name("Changed")
                .persons(List.of(Person.builder().firstname(exactly(51, "x")).build()))
                .build();

        assertThrows(InvalidInputException.class, () -> contacts.update(tooLong, stored.version()));

        assertEquals(Optional.of(stored), contacts.find(stored.entity().contactId()));
    }

    @Test
    void aValueTheDatabaseRefusesFailsTheInsertWhole() {
        int before = rowsOf("contact");
        ContactEntity tooLong = withParts(named("Never stored"), 3).toBuilder()
                .address(Address.builder().postal(StructuredAddress.builder().zipcode(exactly(21, "1")).build())
                        .build())
                .build();

        assertThrows(InvalidInputException.class, () -> contacts.insert(tooLong));

        assertEquals(before, rowsOf("contact"));
    }

    @Test
    void loadingAContactTakesAsManyQueriesWithFiftyOfEachPartAsWithOne() {
        ContactEntity base = everyPropertyFilled(lists.associate(1).orElseThrow());
        int one = contacts.insert(withParts(base, 1)).entity().contactId();
        int fifty = contacts.insert(withParts(base, 50)).entity().contactId();

        int forOne = queriesRunBy(() -> contacts.find(one));
        int forFifty = queriesRunBy(() -> contacts.find(fifty));

        assertEquals(forOne, forFifty);
        assertTrue(forOne <= 10, forOne + " queries");
    }

    @Test
    void loadingQueriesOnlyTheTablesThatHoldPartsOfTheContact() {
        int bare = contacts.insert(named("Bare")).entity().contactId();
        ContactEntity elementsOnly = named("Elements only").toBuilder()
                .emails(List.of(EntityElement.builder().value("info@example.com").build()))
                .phones(List.of(EntityElement.builder().value("+47 22 00 00 00").build()))
                .build();
        int withElements = contacts.insert(elementsOnly).entity().contactId();

        assertEquals(1, queriesRunBy(() -> contacts.find(bare)));
        assertEquals(2, queriesRunBy(() -> contacts.find(withElements)));
        assertEquals(elementsOnly.toBuilder().contactId(withElements).build(),
                contacts.find(withElements).orElseThrow().entity());
    }

    /**
     * Another connection rewrites the contact (its row and every table of its parts) and commits between the load's
     * first query and the next ones: the load still answers the contact as it was when its first query ran, whole.
     */
    @Test
    void aWriteCommittedWhileAContactIsLoadedDoesNotMixIntoIt() throws Exception {
        StoredContact stored = storedWithEveryPart();
        int id = stored.entity().contactId();
        ContactEntity rewritten = withParts(stored.entity(), 1).toBuilder().name("Rewritten meanwhile").build();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Optional<StoredContact> found = afterTheFirstQueryOf(() -> contacts.find(id),
                    () -> writer.submit(() -> contacts.update(stored, rewritten)).get(30, TimeUnit.SECONDS));

            assertEquals(Optional.of(stored), found);
            assertEquals(Optional.of(new StoredContact(rewritten, stored.version() + 1, stored.entity().updatedDate())),
                    contacts.find(id));
        } finally {
            writer.shutdownNow();
        }
    }

    /**
     * A load answers CreatedBy and UpdatedBy as the contact row stores them, without a query of their own; the
     * service shows the associate list's entries in their place, from the kept list, still with the one query.
     */
    @Test
    void loadingTheCreatorAndUpdaterTakesNoQueryOfItsOwn() {
        Associate listed = lists.associate(1).orElseThrow();
        Associate stale = Associate.builder().associateId(1).name("stale name").build();
        ContactEntity acted = named("Acted on").toBuilder()
                .createdBy(stale)
                .updatedBy(ContactFixtures.INTEGRATION_USER)
                .build();
        int id = contacts.insert(acted).entity().contactId();
        ContactService service = new ContactService(contacts, lists, store.customFieldCatalog(), Clock.systemUTC());

        assertEquals(1, queriesRunBy(() -> contacts.find(id)));
        assertEquals(stale, contacts.find(id).orElseThrow().entity().createdBy());
        ContactEntity found = service.get(id, NORWEGIAN_ADMIN).contact();
        assertEquals(listed, found.createdBy());
        assertEquals(1, queriesRunBy(() -> service.get(id, NORWEGIAN_ADMIN)), "a load while the lists are kept");
        assertEquals(ContactFixtures.INTEGRATION_USER, found.updatedBy());
    }

    @Test
    void writingAContactTakesAsManyStatementsWithFiftyOfEachPartAsWithOne() {
        ContactEntity base = everyPropertyFilled(lists.associate(1).orElseThrow());

        int insertOne = statementsRunBy(() -> contacts.insert(withParts(base, 1)));
        int insertFifty = statementsRunBy(() -> contacts.insert(withParts(base, 50)));
        StoredContact stored = contacts.insert(base);
        int updateOne = statementsRunBy(() -> contacts.update(withParts(stored.entity(), 1), 1));
        int updateFifty = statementsRunBy(() -> contacts.update(withParts(stored.entity(), 50), 2));

        assertEquals(insertOne, insertFifty);
        assertEquals(updateOne, updateFifty);
    }

    @Test
    void contactServiceKeepsWhatItCreatesAndModifies() {
        ContactService service = new ContactService(contacts, lists, store.customFieldCatalog(), Clock.systemUTC());
        ContactEntity sample = SeedSamples.requestContact(SeedSamples.POST_CONTACT).toBuilder()
                .emails(List.of(EntityElement.builder().value(" Post@Dare.example ").description("main").build()))
                .interests(List.of(SelectableMDOListItem.builder().id(272).selected(true).build()))
                .business(ListItem.builder().id(2).build())
                .country(Country.builder().countryId(1).build())
                .associate(Associate.builder().associateId(2).build())
                .build();

        ContactEntity created = service.create(sample, NORWEGIAN_ADMIN).contact();
        int id = created.contactId();

        assertEquals(created, service.get(id, NORWEGIAN_ADMIN).contact());
        assertEquals("Detaljhandel", created.business().value());
        assertEquals("post@dare.example", created.emails().get(0).strippedValue());
        assertEquals(List.of(false, false, true, false),
                created.interests().stream().map(SelectableMDOListItem::selected).toList());

        ContactEntity modified = service.patch(id, seen -> withEmailAppended(seen, "second@dare.example"),
                Preconditions.none(), NORWEGIAN_ADMIN).contact();

        assertEquals(modified, service.get(id, NORWEGIAN_ADMIN).contact());
        assertEquals(List.of(" Post@Dare.example ", "second@dare.example"),
                modified.emails().stream().map(EntityElement::value).toList());
        assertEquals(created.createdDate(), modified.createdDate());

        service.delete(id, Preconditions.none(), NORWEGIAN_ADMIN);

        assertThrows(NotFoundException.class, () -> service.get(id, NORWEGIAN_ADMIN).contact());
    }

    @Test
    void listItemsAreNamedInTheAskedLanguageOrElseInEnglish() {
        assertEquals(Optional.of(new ListItem(2, "Leverandør", "Leverandør")),
                lists.listItem(ListName.CATEGORY, 2, "no"));
        assertEquals(Optional.of(new ListItem(2, "Supplier", "Supplier")),
                lists.listItem(ListName.CATEGORY, 2, "de"));
        assertEquals(Optional.of(new ListItem(2, "High", "High")),
                lists.listItem(ListName.TICKET_PRIORITY, 2, ""));
        assertEquals(Optional.of(new ListItem(2, "Norsk", "Norsk")),
                lists.listItem(ListName.CUSTOMER_LANGUAGE, 2, "NO"));
    }

    @Test
    void unknownListItemsAreAbsent() {
        assertEquals(Optional.empty(), lists.listItem(ListName.BUSINESS, 99, "en"));
        assertEquals(Optional.empty(), lists.country(99, "en"));
        assertEquals(Optional.empty(), lists.associate(99));
    }

    @Test
    void countriesCarryTheirCodesAndLocalizedName() {
        Country sweden = lists.country(2, "no").orElseThrow();

        assertEquals("Sverige", sweden.name());
        assertEquals("Sweden", sweden.englishName());
        assertEquals("SE", sweden.twoLetterISOCountry());
        assertEquals("SWE", sweden.threeLetterISOCountry());
    }

    @Test
    void associatesAreFoundById() {
        Associate admin = lists.associate(1).orElseThrow();

        assertEquals("ADMIN", admin.name());
        assertEquals("admin", admin.userName());
        assertFalse(admin.deleted());
    }

    @Test
    void interestsAreListedUnselectedInRankOrder() {
        List<SelectableMDOListItem> interests = lists.interests("no");

        assertEquals(List.of(1, 2, 272, 380), interests.stream().map(SelectableMDOListItem::id).toList());
        assertEquals(List.of("Golf", "Seiling", "Messer", "Nyhetsbrev"),
                interests.stream().map(SelectableMDOListItem::name).toList());
        assertTrue(interests.stream().noneMatch(SelectableMDOListItem::selected));
    }

    @Test
    void catalogAnswersTheDefinedCustomFields() {
        assertEquals(Optional.of(new CustomFieldDefinition("SuperOffice:3", CustomFieldKind.USER_DEFINED,
                        CustomFieldType.LIST, 0, List.of("Gold", "Silver", "Bronze"))),
                store.customFieldCatalog().definition("SuperOffice:3"));
        assertEquals(Optional.of(new CustomFieldDefinition("x_region", CustomFieldKind.EXTRA,
                        CustomFieldType.STRING, 40, List.of())),
                store.customFieldCatalog().definition("x_region"));
        assertEquals(Optional.empty(), store.customFieldCatalog().definition("superoffice:3"));
        assertFalse(store.customFieldCatalog().closed());
    }

    @Test
    void exhaustedConnectionPoolIsReportedAsStorageUnavailable() {
        JdbcSettings oneConnection = settings.withPoolSize(1)
                .withConnectionTimeout(Duration.ofMillis(250)).withClosedCustomFieldCatalog(true);
        try (JdbcStore small = JdbcStore.open(oneConnection); Handle busy = small.jdbi().open()) {
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(StorageUnavailableException.class,
                    () -> small.contacts().find(1)));
            assertTrue(small.customFieldCatalog().closed());
        }
    }





    private int rowsOf(String table) {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM " + table)
                .mapTo(Integer.class).one());
    }

    private int rowsOf(int contactId, String table) {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM " + table
                + " WHERE contact_id = :id").bind("id", contactId).mapTo(Integer.class).one());
    }

    /** A contact with three of each part, as the store gives it back. */
    private StoredContact storedWithEveryPart() {
        ContactEntity contact = withParts(everyPropertyFilled(lists.associate(1).orElseThrow()), 3);
        return contacts.find(contacts.insert(contact).entity().contactId()).orElseThrow();
    }

    /** What each statement the work runs does and to which table, like {@code DELETE FROM contact_element}. */
    private List<String> statementTargetsOf(Supplier<?> work) {
        List<String> targets = new ArrayList<>();
        Pattern target = Pattern.compile("^(SELECT|UPDATE \\w+|DELETE FROM \\w+|INSERT INTO \\w+)");
        statementsRunBy(work, sql -> {
            Matcher matched = target.matcher(sql);
            targets.add(matched.find() ? matched.group(1) : sql);
            return true;
        });
        return targets;
    }

    /** Runs the work, and {@code meanwhile} once, right after the work's first statement has run. */
    private <T> T afterTheFirstQueryOf(Supplier<T> work, Callable<?> meanwhile) {
        AtomicBoolean done = new AtomicBoolean();
        return watched(work, new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                if (done.compareAndSet(false, true)) {
                    try {
                        meanwhile.call();
                    } catch (Exception e) {
                        throw new IllegalStateException("the write between the queries failed", e);
                    }
                }
            }
        });
    }

    /** How many SQL statements (a batch counts once) the work runs. */
    private int statementsRunBy(Supplier<?> work) {
        return statementsRunBy(work, sql -> true);
    }

    /** How many SELECT statements the work runs. */
    private int queriesRunBy(Supplier<?> work) {
        return statementsRunBy(work, sql -> sql.contains("SELECT"));
    }

    private int statementsRunBy(Supplier<?> work, Predicate<String> counted) {
        AtomicInteger statements = new AtomicInteger();
        watched(work, new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                if (counted.test(context.getRawSql())) {
                    statements.incrementAndGet();
                }
            }
        });
        return statements.get();
    }

    /** Runs the work with the logger told of each statement the store runs. */
    private <T> T watched(Supplier<T> work, SqlLogger logger) {
        SqlStatements config = store.jdbi().getConfig(SqlStatements.class);
        SqlLogger previous = config.getSqlLogger();
        config.setSqlLogger(logger);
        try {
            return work.get();
        } finally {
            config.setSqlLogger(previous);
        }
    }
}
