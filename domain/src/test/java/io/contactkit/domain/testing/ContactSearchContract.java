package io.contactkit.domain.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.Caller;
import io.contactkit.domain.model.Associate;
import io.contactkit.domain.model.Contact;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.Country;
import io.contactkit.domain.model.EntityElement;
import io.contactkit.domain.model.ListItem;
import io.contactkit.domain.port.ContactRepository;
import io.contactkit.domain.port.ContactSearch;
import io.contactkit.domain.port.ListItemProvider;
import io.contactkit.domain.port.StoredContact;
import io.contactkit.domain.rights.Principal;
import io.contactkit.domain.search.ArchiveCell;
import io.contactkit.domain.search.ArchivePage;
import io.contactkit.domain.search.ArchiveRequest;
import io.contactkit.domain.search.ArchiveRow;
import io.contactkit.domain.search.ContactArchive;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store's {@link ContactSearch} must do, through the archive query the core parses: the same contacts
 * found, in the same order, paged the same way, on the in-memory store, H2 and PostgreSQL. Each test stores its
 * own contacts under a fresh tag in Number1 (the archive's {@code number}) and filters by it, so tests share a
 * store without seeing each other's contacts.
 */
public abstract class ContactSearchContract {

    /** The archive's clock: Wednesday 2024-05-15, 10:00 in Oslo. */
    private static final Instant NOW = Instant.parse("2024-05-15T08:00:00Z");
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Caller ADMIN = new Caller(Principal.administrator("admin", 1), "");
    private static final Caller NORWEGIAN = new Caller(Principal.administrator("admin", 1), "no");

    private String tag;
    private ContactArchive archive;

    /** The store's contacts, as the store under test keeps them. */
    protected abstract ContactRepository repository();

    /** The store's search, over the same contacts as {@link #repository()}. */
    protected abstract ContactSearch search();

    /** List items 1 and 2 of every list and associates 1 (ADMIN) and 2 (READER), as the sample lists have. */
    protected abstract ListItemProvider lists();

    @BeforeEach
    void freshTag() {
        tag = "t" + UUID.randomUUID().toString().substring(0, 8);
        archive = new ContactArchive(search(), lists(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void nameBeginsIgnoresCaseAndMatchesOnlyAtTheStart() {
        store(named("Skagen AS"), named("skipper"), named("Dare Skagen"), named("ÆSKE"));

        assertEquals(List.of("Skagen AS", "skipper"), names("name begins 's'", "name"));
        assertEquals(List.of("Skagen AS", "skipper"), names("startswith(name,'SK')", "name"));
        assertEquals(List.of("Dare Skagen", "ÆSKE"), names("name notBegins 'S'", "name"));
        assertEquals(List.of("ÆSKE"), names("name begins 'æs'", "name"));
    }

    @Test
    void quotesPercentUnderscoreAndBackslashMatchThemselves() {
        store(named("100% sure"), named("100 percent"), named("a_b"), named("axb"), named("back\\slash"),
                named("backslash"), named("O'Brien"), named("OBrien"));

        assertEquals(List.of("100% sure"), names("name contains '%'", "name"));
        assertEquals(List.of("a_b"), names("name eq 'A_B'", "name"));
        assertEquals(List.of("back\\slash"), names("name contains '\\'", "name"));
        assertEquals(List.of("O'Brien"), names("name begins 'o''b'", "name"));
        assertEquals(List.of(), names("name contains '_%'", "name"));
    }

    @Test
    void stringOperatorsIgnoreCaseAndTreatAMissingTextAsEmpty() {
        store(named("Alpha").department("Sales"), named("Beta").department("sales support"),
                named("Gamma").department(null), named("Delta").department("Finance"));

        assertEquals(List.of("Alpha"), names("department eq 'SALES'", "name"));
        assertEquals(List.of("Beta", "Delta", "Gamma"), names("department isNot 'sales'", "name"));
        assertEquals(List.of("Alpha", "Beta"), names("department contains 'ALE'", "name"));
        assertEquals(List.of("Delta", "Gamma"), names("department notContains 'ales'", "name"));
        assertEquals(List.of("Beta"), names("endswith(department,'PORT')", "name"));
        assertEquals(List.of("Alpha", "Beta"), names("substringof('sal',department) eq true", "name"));
        assertEquals(List.of("Alpha", "Delta"), names("department oneOf ('finance','Sales')", "name"));
        assertEquals(List.of("Alpha", "Beta", "Delta"), names("name between ('a','D')", "name"));
    }

    @Test
    void idsListsAndAssociatesFilterByTheirIds() {
        ContactEntity.Builder first = named("First").category(item(1)).business(item(2)).associate(associate(1));
        ContactEntity.Builder second = named("Second").category(item(2)).associate(associate(2));
        ContactEntity.Builder third = named("Third").country(Country.builder().countryId(2).build());
        List<Integer> ids = store(first, second, third);

        assertEquals(List.of("First", "Second"), names("category oneOf (1,2)", "name"));
        assertEquals(List.of("Second", "Third"), names("category notOneOf (1)", "name"));
        assertEquals(List.of("First"), names("associateId currentAssociate", "name"));
        assertEquals(List.of("Second"), names("associateId associateIsOneOf (2,6)", "name"));
        assertEquals(List.of("Third"), names("countryId = 2 and business ne 2", "name"));
        assertEquals(List.of("Second", "Third"), names("contactId between (" + ids.get(1) + "," + ids.get(2)
                + ")", "name"));
        assertEquals(List.of("First", "Third"), names("contactId lt " + ids.get(1) + " or contactId ge "
                + ids.get(2), "name"));
    }

    @Test
    void boolColumnsTakeTrueAndFalse() {
        store(named("Stopped").xstop(true), named("Mailing").noMailing(false), named("Quiet").noMailing(true));

        assertEquals(List.of("Stopped"), names("stop set true", "name"));
        assertEquals(List.of("Mailing", "Stopped"), names("contactNoMail eq false", "name"));
        assertEquals(List.of("Quiet"), names("not contactNoMail = 0", "name"));
    }

    @Test
    void datesAndPeriodsAreDaysInTheCallersZone() {
        store(named("Yesterday").createdDate(Instant.parse("2024-05-14T10:00:00Z")),
                named("Early today").createdDate(Instant.parse("2024-05-14T22:30:00Z")),
                named("Last month").createdDate(Instant.parse("2024-04-30T12:00:00Z")),
                named("Never"));

        assertEquals(List.of("Early today"), names("registeredDate today", "name"));
        assertEquals(List.of("Last month", "Yesterday"), names("registeredDate beforeToday", "name"));
        assertEquals(List.of("Early today", "Yesterday"), names("registeredDate thisWeek", "name"));
        assertEquals(List.of("Last month"), names("registeredDate lastMonth", "name"));
        assertEquals(List.of("Early today", "Yesterday"), names("registeredDate after '2024-04-30'", "name"));
        assertEquals(List.of("Last month", "Yesterday"),
                names("registeredDate dateBetween ('2024-04-30','2024-05-14')", "name"));
        assertEquals(List.of("Early today", "Last month", "Never"),
                names("not registeredDate date '2024-05-14'", "name"));
    }

    @Test
    void elementColumnsMatchAnyElementAndShowTheFirst() {
        store(named("Mailed").emails(List.of(email("post@first.example"), email("sales@second.example"))),
                named("Other").emails(List.of(email("post@other.example"))));

        ArchivePage page = find("email/emailAddress contains 'SECOND'", "name,email/emailAddress", null, null);

        assertEquals(1, page.rows().size());
        assertEquals("post@first.example", cell(page.rows().get(0), "email/emailAddress").display());
    }

    @Test
    void customFieldsAreFilteredAndShownByKey() {
        store(named("Gold").customFields(Map.of("SuperOffice:1", "Premium")), named("Plain"));

        ArchivePage page = find("contactUdef/SuperOffice:1 eq 'premium'", "name,contactUdef/SuperOffice:1", null,
                null);

        assertEquals(List.of("Gold"), page.rows().stream().map(row -> cell(row, "name").display()).toList());
        assertEquals("Premium", cell(page.rows().get(0), "contactUdef/SuperOffice:1").display());
        assertEquals(List.of("Plain"), names("contactUdef/SuperOffice:1 eq ''", "name"));
    }

    @Test
    void ordersBySeveralColumnsEachInItsDirectionThenById() {
        List<Integer> ids = store(named("b").department("x"), named("a").department("y"), named("B").department("y"),
                named("a").department("x"));

        ArchivePage page = find("", "contactId", "department desc,name", "10");

        assertEquals(List.of(ids.get(1), ids.get(2), ids.get(3), ids.get(0)),
                page.rows().stream().map(ArchiveRow::primaryKey).toList());
    }

    @Test
    void nextLinksWalkEveryContactOnceWhileOthersInsertAndDelete() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            names.add(String.format("Name %02d", i));
        }
        List<Integer> ids = store(names.stream().map(this::named).toArray(ContactEntity.Builder[]::new));
        Map<Integer, Integer> seen = new LinkedHashMap<>();
        Set<Integer> deleted = new HashSet<>();
        String token = null;
        int pages = 0;
        do {
            ArchivePage page = archive.find(new ArchiveRequest("name", filter(""), "name desc", "7", null, token,
                    OSLO), ADMIN);
            page.rows().forEach(row -> seen.merge(row.primaryKey(), 1, Integer::sum));
            token = page.nextSkipToken().orElse(null);
            pages++;
            if (pages == 2) {
                store(named("Name 99"), named("Name 00"));  // one before the cursor, one after it
                int ahead = ids.get(3);
                repository().delete(ahead, 1);
                deleted.add(ahead);
            }
        } while (token != null);

        assertTrue(seen.values().stream().allMatch(times -> times == 1), "a row repeated: " + seen);
        Set<Integer> expected = new HashSet<>(ids);
        expected.removeAll(deleted);
        assertTrue(seen.keySet().containsAll(expected), "rows skipped");
        assertEquals(expected.size() + 1, seen.size(), "the contact inserted after the cursor is found once");
    }

    @Test
    void topAndSkipCutThePageAndTheLastPageHasNoNextLink() {
        store(named("a"), named("b"), named("c"), named("d"), named("e"));

        ArchivePage skipped = find("", "name", "name", "2", "1");
        assertEquals(List.of("b", "c"), displays(skipped, "name"));
        ArchivePage next = archive.find(new ArchiveRequest("name", filter(""), "name", "2", null,
                skipped.nextSkipToken().orElseThrow(), OSLO), ADMIN);
        assertEquals(List.of("d", "e"), displays(next, "name"));
        assertTrue(next.nextSkipToken().isEmpty());
    }

    @Test
    void listAndAssociateColumnsShowNamesInTheCallersLanguageAndIdsOnRequest() {
        store(named("Customer").category(item(1)).associate(associate(2)).country(Country.builder().countryId(1)
                .build()));

        ArchivePage page = archive.find(new ArchiveRequest("category,category/id,associateId,country,nameDepartment",
                filter(""), null, null, null, null, OSLO), NORWEGIAN);
        ArchiveRow row = page.rows().get(0);

        assertEquals("Kunde", cell(row, "category").display());
        assertEquals(1, cell(row, "category").raw());
        assertEquals(1, cell(row, "category/id").display());
        assertEquals("READER", cell(row, "associateId").display());
        assertEquals("Norge", cell(row, "country").display());
        assertEquals("Customer", cell(row, "nameDepartment").display());
    }

    @Test
    void contactListAnswersTheAskedContactsInTheAskedOrder() {
        List<Integer> ids = store(named("One").category(item(2)).emails(List.of(email("one@example.com"))),
                named("Two"));

        List<Contact> contacts = archive.contactList(List.of(ids.get(1), Integer.MAX_VALUE, ids.get(0)), NORWEGIAN);

        assertEquals(List.of("Two", "One"), contacts.stream().map(Contact::name).toList());
        assertEquals("Leverandør", contacts.get(1).categoryName());
        assertEquals("one@example.com", contacts.get(1).emailAddress());
    }

    @Test
    void myContactsAreThoseTheCallerIsOurContactFor() {
        store(named("Mine").associate(associate(2)), named("Theirs").associate(associate(1)));
        Caller reader = new Caller(Principal.readOnly("reader", 2), "");

        List<Contact> mine = archive.myContacts(reader);

        assertTrue(mine.stream().anyMatch(contact -> contact.name().equals("Mine")));
        assertTrue(mine.stream().noneMatch(contact -> contact.name().equals("Theirs")));
        assertTrue(mine.stream().allMatch(contact -> contact.associateId() == 2));
    }

    /** Names of the tagged contacts the filter finds, in the order asked (by id when none). */
    private List<String> names(String filter, String orderBy) {
        return displays(find(filter, "name", orderBy, "1000"), "name");
    }

    private ArchivePage find(String filter, String select, String orderBy, String top) {
        return find(filter, select, orderBy, top, null);
    }

    private ArchivePage find(String filter, String select, String orderBy, String top, String skip) {
        return archive.find(new ArchiveRequest(select, filter(filter), orderBy, top, skip, null, OSLO), ADMIN);
    }

    /** The test's own contacts only. */
    private String filter(String filter) {
        return filter.isEmpty() ? "number eq '" + tag + "'" : "number eq '" + tag + "' and (" + filter + ")";
    }

    private static List<String> displays(ArchivePage page, String column) {
        return page.rows().stream().map(row -> (String) cell(row, column).display()).toList();
    }

    private static ArchiveCell cell(ArchiveRow row, String column) {
        return row.cells().stream().filter(cell -> cell.column().equals(column)).findFirst().orElseThrow();
    }

    private ContactEntity.Builder named(String name) {
        return ContactEntity.builder().name(name).number1(tag);
    }

    private List<Integer> store(ContactEntity.Builder... contacts) {
        List<Integer> ids = new ArrayList<>();
        for (ContactEntity.Builder contact : contacts) {
            StoredContact stored = repository().insert(contact.build());
            ids.add(stored.entity().contactId());
        }
        return ids;
    }

    private static ListItem item(int id) {
        return ListItem.builder().id(id).build();
    }

    private static Associate associate(int id) {
        return Associate.builder().associateId(id).build();
    }

    private static EntityElement email(String address) {
        return EntityElement.builder().value(address).build();
    }
}
