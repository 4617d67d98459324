package io.contactkit.jdbc;

import static io.contactkit.jdbc.ContactFixtures.componentsLeftEmpty;
import static io.contactkit.jdbc.ContactFixtures.everyPropertyFilled;
import static io.contactkit.jdbc.ContactFixtures.selectedInterest;
import static io.contactkit.jdbc.ContactFixtures.withEmailAppended;
import static io.contactkit.jdbc.ContactFixtures.withParts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.Caller;
import io.contactkit.domain.ContactService;
import io.contactkit.domain.UpdateCondition;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.NotFoundException;
import io.contactkit.domain.failure.StorageUnavailableException;
import io.contactkit.domain.failure.Violation;
import io.contactkit.domain.model.Address;
import io.contactkit.domain.model.Associate;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.Country;
import io.contactkit.domain.model.EntityElement;
import io.contactkit.domain.model.ListItem;
import io.contactkit.domain.model.LocalizedField;
import io.contactkit.domain.model.Person;
import io.contactkit.domain.model.SavedUtmParameters;
import io.contactkit.domain.model.SelectableMDOListItem;
import io.contactkit.domain.model.StructuredAddress;
import io.contactkit.domain.port.ContactRepository;
import io.contactkit.domain.port.CustomFieldDefinition;
import io.contactkit.domain.port.CustomFieldKind;
import io.contactkit.domain.port.CustomFieldType;
import io.contactkit.domain.port.ListItemProvider;
import io.contactkit.domain.port.ListName;
import io.contactkit.domain.port.StaleVersionException;
import io.contactkit.domain.port.StoredContact;
import io.contactkit.domain.rights.Principal;
import io.contactkit.domain.testing.SeedSamples;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * What every database the store runs on must do. Each subclass supplies one database for all its tests; tests
 * create their own contacts and never depend on each other's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ContactStoreContract {

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

    @AfterAll
    void closeStore() {
        store.close();
        stopDatabase();
    }

    @Test
    void everyPropertySurvivesInsertAndFind() {
        ContactEntity contact = everyPropertyFilled(lists.associate(1).orElseThrow());
        assertEveryStoredPropertyFilled(contact);

        StoredContact inserted = contacts.insert(contact);

        assertEquals(1, inserted.version());
        assertEquals(contact.toBuilder().contactId(inserted.entity().contactId()).build(), inserted.entity());
        assertEquals(Optional.of(inserted), contacts.find(inserted.entity().contactId()));
    }

    @Test
    void insertGivesEachContactItsOwnId() {
        ContactEntity contact = named("Twin");

        int first = contacts.insert(contact).entity().contactId();
        int second = contacts.insert(contact).entity().contactId();

        assertTrue(first > 0 && second > 0 && first != second, first + " and " + second);
    }

    @Test
    void updateReplacesEveryPartAndRaisesTheVersion() {
        StoredContact stored = contacts.insert(withParts(everyPropertyFilled(lists.associate(1).orElseThrow()), 3));
        ContactEntity changed = stored.entity().toBuilder()
                .name("Renamed")
                .emails(List.of(EntityElement.builder().value("only@example.com").build()))
                .urls(List.of()).phones(List.of()).faxes(List.of())
                .persons(List.of(Person.builder().firstname("Solo").build()))
                .supportPerson(null)
                .interests(List.of(selectedInterest(380)))
                .domains(List.of("renamed.example"))
                .bounceEmails(List.of())
                .customFields(Map.of()).userDefinedFields(Map.of()).extraFields(Map.of())
                .address(null)
                .utmParameters(null)
                .business(null).country(null).associate(null)
                .build();

        StoredContact updated = contacts.update(changed, stored.version());

        assertEquals(new StoredContact(changed, 2), updated);
        assertEquals(Optional.of(updated), contacts.find(changed.contactId()));
    }

    @Test
    void updateFromAnOutdatedVersionIsRefusedAndChangesNothing() {
        StoredContact stored = contacts.insert(named("Original"));
        StoredContact current = contacts.update(stored.entity().toBuilder().name("First writer").build(), 1);

        assertThrows(StaleVersionException.class,
                () -> contacts.update(stored.entity().toBuilder().name("Second writer").build(), 1));

        assertEquals(Optional.of(current), contacts.find(stored.entity().contactId()));
    }

    @Test
    void updateOfAMissingContactIsNotFound() {
        ContactEntity missing = named("Nobody").toBuilder().contactId(Integer.MAX_VALUE).build();

        assertThrows(NotFoundException.class, () -> contacts.update(missing, 1));
    }

    @Test
    void updateFromTheStoredStateWritesEveryChangedPart() {
        ContactEntity filled = withParts(everyPropertyFilled(lists.associate(1).orElseThrow()), 3);
        StoredContact bare = contacts.insert(named("Bare"));
        ContactEntity everything = filled.toBuilder().contactId(bare.entity().contactId()).build();

        StoredContact grown = contacts.update(bare, everything);
        assertEquals(Optional.of(grown), contacts.find(everything.contactId()));

        StoredContact changed = contacts.update(contacts.find(everything.contactId()).orElseThrow(),
                withParts(everything, 2).toBuilder().supportPerson(null).address(null).utmParameters(null).build());
        assertEquals(3, changed.version());
        assertEquals(Optional.of(changed), contacts.find(everything.contactId()));

        StoredContact emptied = contacts.update(changed, named("Bare again").toBuilder()
                .contactId(everything.contactId()).build());
        assertEquals(Optional.of(emptied), contacts.find(everything.contactId()));
        assertEquals(0, rowsOf(everything.contactId(), "contact_element")
                + rowsOf(everything.contactId(), "contact_person") + rowsOf(everything.contactId(), "contact_domain"));
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
        assertEquals(Optional.of(new StoredContact(changed, stored.version() + 1)),
                contacts.find(changed.contactId()));
    }

    @Test
    void updateFromAnOutdatedStateIsRefusedAndChangesNothing() {
        StoredContact stored = storedWithEveryPart();
        StoredContact current = contacts.update(stored, stored.entity().toBuilder().name("First writer").build());

        assertThrows(StaleVersionException.class, () -> contacts.update(stored,
                withParts(stored.entity(), 1).toBuilder().name("Second writer").build()));

        assertEquals(Optional.of(current), contacts.find(stored.entity().contactId()));
    }

    @Test
    void updateFromTheStateOfAnotherContactIsRefused() {
        StoredContact one = contacts.insert(named("One"));
        StoredContact other = contacts.insert(named("Other"));

        assertThrows(IllegalArgumentException.class,
                () -> contacts.update(one, other.entity().toBuilder().name("Changed").build()));

        assertEquals(Optional.of(other), contacts.find(other.entity().contactId()));
    }

    @Test
    void findOfAMissingContactIsEmpty() {
        assertEquals(Optional.empty(), contacts.find(Integer.MAX_VALUE));
    }

    @Test
    void deleteRemovesTheContactAndItsParts() {
        StoredContact stored = contacts.insert(everyPropertyFilled(lists.associate(1).orElseThrow()));
        int id = stored.entity().contactId();

        contacts.delete(id, stored.version());

        assertEquals(Optional.empty(), contacts.find(id));
        assertEquals(0, rowsOf(id, "contact_element") + rowsOf(id, "contact_person") + rowsOf(id, "contact_address")
                + rowsOf(id, "contact_custom_field") + rowsOf(id, "contact_utm"));
    }

    @Test
    void deleteFromAnOutdatedVersionIsRefusedAndKeepsTheContact() {
        StoredContact stored = contacts.insert(named("Keeper"));
        StoredContact current = contacts.update(stored.entity().toBuilder().name("Kept").build(), 1);

        assertThrows(StaleVersionException.class, () -> contacts.delete(stored.entity().contactId(), 1));

        assertEquals(Optional.of(current), contacts.find(stored.entity().contactId()));
    }

    @Test
    void deleteOfAMissingContactIsNotFound() {
        assertThrows(NotFoundException.class, () -> contacts.delete(Integer.MAX_VALUE, 1));
    }

    @Test
    void unicodeAndStringsAtTheirLengthLimitsSurviveExactly() {
        ContactEntity contact = named(exactly(200, "Æøå 名前 😀 שלום e\u0301 👩\u200D👩\u200D👧 "))
                .toBuilder()
                .department(exactly(200, "'; DROP TABLE contact; -- %_\\ \"quoted\" "))
                .orgNr(exactly(40, "٠١٢٣٤٥٦٧٨٩"))
                .description(exactly(2000, "línea\r\n\ttab\u00A0nbsp\u2028sep 🎉 "))
                .dbiKey(exactly(255, "ключ-"))
                .kananame(exactly(200, "カナ"))
                .emails(List.of(EntityElement.builder().value(exactly(255, "ø@例え.jp ")).strippedValue("")
                        .description(exactly(200, "ß")).build()))
                .domains(List.of(exactly(255, "bücher.example.")))
                .persons(List.of(Person.builder().firstname(exactly(50, "Ørjan ")).lastname(exactly(50, "Ñandú"))
                        .description(exactly(100_000, "long text without a model limit 📎 ")).build()))
                .address(Address.builder().street(StructuredAddress.builder().address1(exactly(255, "Gate ✓"))
                        .city(exactly(100, "Tromsø")).zipcode(exactly(20, "9Ø")).build()).build())
                .customFields(Map.of("x_notes", exactly(100_000, "notat ")))
                .build();

        assertRoundTrip(ContactFixtures.consistentCustomFields(contact));
    }

    @Test
    void emptyAndMissingStringsStayDistinct() {
        Map<String, String> customFields = new LinkedHashMap<>();
        customFields.put("SuperOffice:1", "");
        customFields.put("SuperOffice:2", null);
        ContactEntity contact = named("").toBuilder()
                .department("")
                .orgNr(null)
                .emails(List.of(EntityElement.builder().value("").description(null).build(),
                        EntityElement.builder().value(null).description("").build()))
                .persons(List.of(Person.builder().firstname("").lastname(null).middleName("").build()))
                .address(Address.builder().formatted("").postal(StructuredAddress.builder().address1("")
                        .build()).build())
                .utmParameters(new SavedUtmParameters("", null, "", null, ""))
                .customFields(customFields)
                .build();

        assertRoundTrip(ContactFixtures.consistentCustomFields(contact));
    }

    @Test
    void textNoDatabaseKeepsExactlyIsRefusedNamingWhereItIs() {
        int before = rowsOf("contact");
        ContactEntity contact = named("before\u0000after").toBuilder()
                .department("paired 😀 surrogates are fine")
                .emails(List.of(EntityElement.builder().value("a@example.com").description("lone \uD800 half")
                        .build()))
                .build();

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> contacts.insert(contact));

        assertEquals(List.of("Name", "Emails[0].Description"),
                refused.violations().stream().map(Violation::path).toList());
        assertEquals(before, rowsOf("contact"));
    }

    @Test
    void instantsKeepEveryNanosecond() {
        ContactEntity contact = named("Timekeeper").toBuilder()
                .createdDate(SEVEN_DIGITS)
                .updatedDate(NINE_DIGITS)
                .dbiLastSyncronized(BEFORE_EPOCH)
                .dbiLastModified(LAST_NANOSECOND_OF_9999)
                .build();

        ContactEntity found = assertRoundTrip(contact);

        assertEquals(579_640_900, found.createdDate().getNano());
        assertEquals(123_456_789, found.updatedDate().getNano());
    }

    @Test
    void listReferencesComeBackAsTheirIds() {
        ContactEntity contact = named("Referencing").toBuilder()
                .business(lists.listItem(ListName.BUSINESS, 2, "no").orElseThrow())
                .country(lists.country(1, "").orElseThrow())
                .associate(lists.associate(2).orElseThrow())
                .build();

        ContactEntity found = contacts.find(contacts.insert(contact).entity().contactId()).orElseThrow().entity();

        assertEquals(ListItem.builder().id(2).build(), found.business());
        assertEquals(Country.builder().countryId(1).build(), found.country());
        assertEquals(Associate.builder().associateId(2).build(), found.associate());
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

        ContactEntity created = service.create(sample, NORWEGIAN_ADMIN);
        int id = created.contactId();

        assertEquals(created, service.get(id, NORWEGIAN_ADMIN));
        assertEquals("Detaljhandel", created.business().value());
        assertEquals("post@dare.example", created.emails().get(0).strippedValue());
        assertEquals(List.of(false, false, true, false),
                created.interests().stream().map(SelectableMDOListItem::selected).toList());

        ContactEntity modified = service.modify(id, seen -> withEmailAppended(seen, "second@dare.example"),
                UpdateCondition.none(), NORWEGIAN_ADMIN);

        assertEquals(modified, service.get(id, NORWEGIAN_ADMIN));
        assertEquals(List.of(" Post@Dare.example ", "second@dare.example"),
                modified.emails().stream().map(EntityElement::value).toList());
        assertEquals(created.createdDate(), modified.createdDate());

        service.delete(id, UpdateCondition.none(), NORWEGIAN_ADMIN);

        assertThrows(NotFoundException.class, () -> service.get(id, NORWEGIAN_ADMIN));
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

    /** A property the store forgot would go unnoticed in a round trip if the fixture left it at its default. */
    private static void assertEveryStoredPropertyFilled(ContactEntity contact) {
        assertEquals(List.of("contactId", "tableRight", "fieldProperties"),
                componentsLeftEmpty(contact, ContactEntity.builder().build()), "left empty in the fixture");
        Address address = contact.address();
        List<Record> parts = List.of(contact.emails().get(0), contact.supportPerson(), address, address.street(),
                address.localizedAddress().get(0).get(0), contact.utmParameters());
        List<Record> empties = List.of(EntityElement.builder().build(), Person.builder().build(),
                Address.builder().build(), StructuredAddress.builder().build(), LocalizedField.builder().build(),
                SavedUtmParameters.builder().build());
        for (int i = 0; i < parts.size(); i++) {
            assertEquals(List.of(), componentsLeftEmpty(parts.get(i), empties.get(i)),
                    "left empty in the fixture's " + parts.get(i).getClass().getSimpleName());
        }
    }

    private ContactEntity assertRoundTrip(ContactEntity contact) {
        StoredContact inserted = contacts.insert(contact);
        ContactEntity found = contacts.find(inserted.entity().contactId()).orElseThrow().entity();
        assertEquals(inserted.entity(), found);
        return found;
    }

    private static ContactEntity named(String name) {
        return ContactEntity.builder().name(name).build();
    }

    /** The pattern repeated and cut to exactly {@code length} UTF-16 units, the unit the model's @Size counts. */
    static String exactly(int length, String pattern) {
        StringBuilder text = new StringBuilder(length + pattern.length());
        while (text.length() < length) {
            text.append(pattern);
        }
        text.setLength(length);
        if (Character.isHighSurrogate(text.charAt(length - 1))) {
            text.setCharAt(length - 1, 'x');
        }
        return text.toString();
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

    /** How many SQL statements (a batch counts once) the work runs. */
    private int statementsRunBy(Supplier<?> work) {
        return statementsRunBy(work, sql -> true);
    }

    /** How many SELECT statements the work runs. */
    private int queriesRunBy(Supplier<?> work) {
        return statementsRunBy(work, sql -> sql.startsWith("SELECT"));
    }

    private int statementsRunBy(Supplier<?> work, Predicate<String> counted) {
        AtomicInteger statements = new AtomicInteger();
        SqlStatements config = store.jdbi().getConfig(SqlStatements.class);
        SqlLogger previous = config.getSqlLogger();
        config.setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                if (counted.test(context.getRawSql())) {
                    statements.incrementAndGet();
                }
            }
        });
        try {
            work.get();
        } finally {
            config.setSqlLogger(previous);
        }
        return statements.get();
    }
}
