package io.contactkit.domain.search;

import io.contactkit.domain.Caller;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.model.Associate;
import io.contactkit.domain.model.Contact;
import io.contactkit.domain.model.Country;
import io.contactkit.domain.model.ListItem;
import io.contactkit.domain.port.ContactSearch;
import io.contactkit.domain.port.FoundContact;
import io.contactkit.domain.port.ListItemProvider;
import io.contactkit.domain.port.ListName;
import io.contactkit.domain.port.SearchCondition;
import io.contactkit.domain.port.SearchField;
import io.contactkit.domain.port.SearchField.StoredValue;
import io.contactkit.domain.port.SearchPosition;
import io.contactkit.domain.port.SearchQuery;
import io.contactkit.domain.port.SearchQuery.SortKey;
import io.contactkit.domain.rights.ContactRight;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finding contacts: {@code GET Contact} as the OData query of the "SimpleContact" archive, and the contact lists
 * {@code GetContactList} and {@code GetMyContacts}. The query's text is parsed here into a typed
 * {@link SearchQuery}; the store never sees the client's text. Pages continue by keyset
 * ({@code $skiptoken}), so a deep page costs what the first does and writes in between neither skip nor repeat a
 * row.
 */
public final class ContactArchive {

    /** The most ids one {@code GetContactList} call takes. */
    public static final int MAX_LIST_IDS = 1000;
    /** {@code GetMyContacts} reads the caller's contacts this many at a time. */
    private static final int LIST_PAGE = 1000;

    private static final List<SearchField> CONTACT_FIELDS = fields(StoredValue.CONTACT_ID, StoredValue.NAME,
            StoredValue.ORG_NR, StoredValue.DEPARTMENT, StoredValue.URL, StoredValue.POSTAL_CITY, StoredValue.PHONE,
            StoredValue.ASSOCIATE_ID, StoredValue.COUNTRY_ID, StoredValue.EMAIL, StoredValue.KANANAME,
            StoredValue.EMAIL_DESCRIPTION, StoredValue.URL_DESCRIPTION, StoredValue.BUSINESS_ID,
            StoredValue.CATEGORY_ID, StoredValue.FORMATTED_ADDRESS, StoredValue.ACTIVE_ERP_LINKS,
            StoredValue.NUMBER1, StoredValue.NUMBER2);

    private final ContactSearch search;
    private final ListItemProvider lists;
    private final Clock clock;

    public ContactArchive(ContactSearch search, ListItemProvider lists, Clock clock) {
        this.search = Objects.requireNonNull(search, "search");
        this.lists = Objects.requireNonNull(lists, "lists");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * One page of the archive query.
     *
     * @throws InvalidInputException naming the parameter ({@code $filter}, {@code $top}, ...) and the character
     *                               at fault
     */
    public ArchivePage find(ArchiveRequest request, Caller caller) {
        caller.principal().require(ContactRight.READ);
        List<ArchiveColumn> columns = ColumnList.selection(request.select());
        List<SortKey> order = ColumnList.order(request.orderBy());
        SearchCondition condition = FilterParser.parse(request.filter(),
                new FilterContext(request.zone(), clock.instant(), caller.principal().associateId()));
        int top = Paging.top(request.top());
        int skip = Paging.skip(request.skip());
        SearchPosition after = SkipToken.decode(request.skipToken(), order);
        List<SearchField> fields = new ArrayList<>(new LinkedHashSet<>(columns.stream()
                .flatMap(column -> column.fields().stream()).toList()));
        if (top == 0) {
            return new ArchivePage(List.of(), Optional.empty());
        }
        List<FoundContact> found = search.search(new SearchQuery(fields, condition, order, after, skip, top + 1));
        List<FoundContact> page = found.subList(0, Math.min(top, found.size()));
        Names names = new Names(caller.language());
        List<ArchiveRow> rows = page.stream().map(contact -> row(contact, columns, fields, names)).toList();
        Optional<String> next = found.size() > top
                ? Optional.of(SkipToken.encode(page.get(page.size() - 1).position())) : Optional.empty();
        return new ArchivePage(rows, next);
    }

    /**
     * GetContactList: the contacts with these ids, in the order asked, each once; ids without a contact are left
     * out.
     */
    public List<Contact> contactList(List<Integer> contactIds, Caller caller) {
        caller.principal().require(ContactRight.READ);
        if (contactIds.size() > MAX_LIST_IDS) {
            throw InvalidInputException.of("contactIds", "at most " + MAX_LIST_IDS + " ids in one call, not "
                    + contactIds.size());
        }
        List<Long> ids = contactIds.stream().filter(Objects::nonNull).map(Integer::longValue).distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Integer, Contact> byId = new HashMap<>();
        Names names = new Names(caller.language());
        for (FoundContact found : search.search(new SearchQuery(CONTACT_FIELDS, new SearchCondition.WholeIn(
                SearchField.of(StoredValue.CONTACT_ID), new LinkedHashSet<>(ids)), List.of(), null, 0, ids.size()))) {
            byId.put(found.contactId(), contact(found, names));
        }
        return ids.stream().map(id -> byId.get(id.intValue())).filter(Objects::nonNull).toList();
    }

    /** GetMyContacts: the contacts whose Associate (our contact) is the caller, by name. */
    public List<Contact> myContacts(Caller caller) {
        caller.principal().require(ContactRight.READ);
        int me = caller.principal().associateId();
        if (me == 0) {
            return List.of();
        }
        SearchCondition mine = new SearchCondition.WholeCompare(SearchField.of(StoredValue.ASSOCIATE_ID),
                SearchCondition.Comparison.EQ, me);
        List<SortKey> byName = List.of(new SortKey(SearchField.of(StoredValue.NAME), false));
        Names names = new Names(caller.language());
        List<Contact> contacts = new ArrayList<>();
        SearchPosition after = null;
        while (true) {
            List<FoundContact> page = search.search(new SearchQuery(CONTACT_FIELDS, mine, byName, after, 0,
                    LIST_PAGE));
            page.forEach(found -> contacts.add(contact(found, names)));
            if (page.size() < LIST_PAGE) {
                return contacts;
            }
            after = page.get(page.size() - 1).position();
        }
    }

    private static ArchiveRow row(FoundContact found, List<ArchiveColumn> columns, List<SearchField> fields,
                                  Names names) {
        List<ArchiveCell> cells = new ArrayList<>(columns.size());
        for (ArchiveColumn column : columns) {
            Object raw = found.values().get(fields.indexOf(column.field()));
            Object display = switch (column.display()) {
                case VALUE -> raw;
                case CATEGORY -> names.listItem(ListName.CATEGORY, (Integer) raw);
                case BUSINESS -> names.listItem(ListName.BUSINESS, (Integer) raw);
                case COUNTRY -> names.country((Integer) raw);
                case ASSOCIATE_NAME -> names.associate((Integer) raw).map(Associate::name).orElse("");
                case ASSOCIATE_FULL_NAME -> names.associate((Integer) raw).map(Associate::fullName).orElse("");
                case NAME_DEPARTMENT -> nameDepartment((String) raw,
                        (String) found.values().get(fields.indexOf(column.fields().get(1))));
            };
            cells.add(new ArchiveCell(column.name(), column.display() == ArchiveColumn.Display.NAME_DEPARTMENT
                    ? display : raw, display));
        }
        return new ArchiveRow(found.contactId(), cells);
    }

    private static String nameDepartment(String name, String department) {
        return department.isEmpty() ? name : name + " " + department;
    }

    private static Contact contact(FoundContact found, Names names) {
        List<Object> v = found.values();
        int associateId = (Integer) v.get(7);
        int countryId = (Integer) v.get(8);
        String name = (String) v.get(1);
        String department = (String) v.get(3);
        return new Contact(found.contactId(), name, (String) v.get(2), department, (String) v.get(4),
                (String) v.get(5), (String) v.get(6), associateId, countryId, (String) v.get(9),
                (String) v.get(10), (String) v.get(11), (String) v.get(12),
                names.associate(associateId).map(Associate::fullName).orElse(""),
                names.listItem(ListName.BUSINESS, (Integer) v.get(13)),
                names.listItem(ListName.CATEGORY, (Integer) v.get(14)), names.country(countryId), null,
                (String) v.get(15), nameDepartment(name, department), false, (Integer) v.get(16),
                (String) v.get(17), (String) v.get(18), null, Map.of());
    }

    private static List<SearchField> fields(StoredValue... values) {
        return java.util.Arrays.stream(values).map(SearchField::of).toList();
    }

    /** The names rows show, each looked up once per page (a page shows few distinct list items). */
    private final class Names {

        private final String language;
        private final Map<String, Object> known = new LinkedHashMap<>();

        Names(String language) {
            this.language = language;
        }

        String listItem(ListName list, int id) {
            return id == 0 ? "" : (String) remembered(list.name() + id,
                    () -> lists.listItem(list, id, language).map(ListItem::value).orElse(""));
        }

        String country(int id) {
            return id == 0 ? "" : (String) remembered("country" + id,
                    () -> lists.country(id, language).map(Country::name).orElse(""));
        }

        @SuppressWarnings("unchecked")
        Optional<Associate> associate(int id) {
            return id == 0 ? Optional.empty()
                    : (Optional<Associate>) remembered("associate" + id, () -> lists.associate(id));
        }

        private Object remembered(String key, Supplier<Object> lookUp) {
            Object value = known.get(key);
            if (value == null) {
                value = lookUp.get();
                known.put(key, value);
            }
            return value;
        }
    }
}
