package io.contactkit.domain.search;

import io.contactkit.domain.port.SearchField;
import io.contactkit.domain.port.SearchField.StoredValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A column of the "SimpleContact" archive that a stored contact has, by its SuperOffice name: what it holds, how
 * it is filtered and how it is shown.
 *
 * @param name      the name as the archive spells it, the name rows answer it under
 * @param kind      how it is filtered: which operators apply and what its operands are
 * @param fields    the stored values behind it (two for {@code nameDepartment}, else one)
 * @param display   how its display value is made from the stored value
 * @param orderable whether {@code $orderBy} may name it
 */
record ArchiveColumn(String name, Kind kind, List<SearchField> fields, Display display, boolean orderable) {

    static final String USER_DEFINED_PREFIX = "contactUdef/";
    static final String EXTRA_PREFIX = "contactExtra/";
    /** {@code category/id}: the id behind a list or associate column, as the GET Contact page selects it. */
    private static final String ID_SUFFIX = "/id";

    /** The columns by their names in lower case, in the archive's order. */
    private static final Map<String, ArchiveColumn> COLUMNS = columns();

    /** The kinds of column, each with its own operators. */
    enum Kind { INT, STRING, BOOL, DATE, LIST, ASSOCIATE, DISPLAY_ONLY }

    /** How the shown value comes from the stored one. */
    enum Display { VALUE, CATEGORY, BUSINESS, COUNTRY, ASSOCIATE_NAME, ASSOCIATE_FULL_NAME, NAME_DEPARTMENT }

    /** The columns a search answers when {@code $select} names none. */
    static final List<String> DEFAULT_SELECTION = List.of("contactId", "name", "department", "associateId",
            "category", "business", "country", "number", "orgnr", "updatedDate");

    /** The column a name means, case-insensitively; a custom field's key keeps its case. */
    static Optional<ArchiveColumn> named(String name) {
        ArchiveColumn known = COLUMNS.get(name.toLowerCase(Locale.ROOT));
        if (known != null) {
            return Optional.of(known);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(ID_SUFFIX)) {
            ArchiveColumn listed = COLUMNS.get(lower.substring(0, lower.length() - ID_SUFFIX.length()));
            if (listed != null && (listed.kind == Kind.LIST || listed.kind == Kind.ASSOCIATE)) {
                return Optional.of(new ArchiveColumn(listed.name + ID_SUFFIX, Kind.INT, listed.fields,
                        Display.VALUE, listed.orderable));
            }
        }
        for (String prefix : List.of(USER_DEFINED_PREFIX, EXTRA_PREFIX)) {
            if (lower.startsWith(prefix.toLowerCase(Locale.ROOT)) && name.length() > prefix.length()) {
                String key = name.substring(prefix.length());
                return Optional.of(new ArchiveColumn(prefix + key, Kind.STRING,
                        List.of(SearchField.customField(key)), Display.VALUE, false));
            }
        }
        return Optional.empty();
    }

    /** The one stored value behind a filterable column. */
    SearchField field() {
        return fields.get(0);
    }

    private static Map<String, ArchiveColumn> columns() {
        Map<String, ArchiveColumn> columns = new LinkedHashMap<>();
        add(columns, "contactId", Kind.INT, StoredValue.CONTACT_ID, Display.VALUE, true);
        add(columns, "name", Kind.STRING, StoredValue.NAME, Display.VALUE, true);
        add(columns, "department", Kind.STRING, StoredValue.DEPARTMENT, Display.VALUE, true);
        columns.put("namedepartment", new ArchiveColumn("nameDepartment", Kind.DISPLAY_ONLY,
                List.of(SearchField.of(StoredValue.NAME), SearchField.of(StoredValue.DEPARTMENT)),
                Display.NAME_DEPARTMENT, true));
        add(columns, "hasInfoText", Kind.BOOL, StoredValue.HAS_INFO_TEXT, Display.VALUE, true);
        add(columns, "hasInterests", Kind.BOOL, StoredValue.HAS_INTERESTS, Display.VALUE, true);
        add(columns, "associateId", Kind.ASSOCIATE, StoredValue.ASSOCIATE_ID, Display.ASSOCIATE_NAME, true);
        add(columns, "category", Kind.LIST, StoredValue.CATEGORY_ID, Display.CATEGORY, true);
        add(columns, "business", Kind.LIST, StoredValue.BUSINESS_ID, Display.BUSINESS, true);
        add(columns, "country", Kind.LIST, StoredValue.COUNTRY_ID, Display.COUNTRY, true);
        add(columns, "countryId", Kind.INT, StoredValue.COUNTRY_ID, Display.VALUE, true);
        add(columns, "number", Kind.STRING, StoredValue.NUMBER1, Display.VALUE, true);
        add(columns, "code", Kind.STRING, StoredValue.NUMBER2, Display.VALUE, true);
        add(columns, "orgnr", Kind.STRING, StoredValue.ORG_NR, Display.VALUE, true);
        add(columns, "stop", Kind.BOOL, StoredValue.XSTOP, Display.VALUE, true);
        add(columns, "contactNoMail", Kind.BOOL, StoredValue.NO_MAILING, Display.VALUE, true);
        add(columns, "updatedBy", Kind.ASSOCIATE, StoredValue.UPDATED_BY_ID, Display.ASSOCIATE_NAME, true);
        add(columns, "updatedByFullName", Kind.ASSOCIATE, StoredValue.UPDATED_BY_ID, Display.ASSOCIATE_FULL_NAME,
                true);
        add(columns, "updatedDate", Kind.DATE, StoredValue.UPDATED_DATE, Display.VALUE, true);
        add(columns, "registeredBy", Kind.ASSOCIATE, StoredValue.CREATED_BY_ID, Display.ASSOCIATE_NAME, true);
        add(columns, "registeredByFullName", Kind.ASSOCIATE, StoredValue.CREATED_BY_ID,
                Display.ASSOCIATE_FULL_NAME, true);
        add(columns, "registeredDate", Kind.DATE, StoredValue.CREATED_DATE, Display.VALUE, true);
        add(columns, "contactDeleted", Kind.BOOL, StoredValue.DELETED, Display.VALUE, true);
        add(columns, "contactAssociate/fullName", Kind.DISPLAY_ONLY, StoredValue.ASSOCIATE_ID,
                Display.ASSOCIATE_FULL_NAME, false);
        add(columns, "phone/formattedNumber", Kind.STRING, StoredValue.PHONE, Display.VALUE, false);
        add(columns, "contactPhone/formattedNumber", Kind.STRING, StoredValue.PHONE, Display.VALUE, false);
        add(columns, "contactPhone/description", Kind.STRING, StoredValue.PHONE_DESCRIPTION, Display.VALUE, true);
        add(columns, "contactFax/formattedNumber", Kind.STRING, StoredValue.FAX, Display.VALUE, false);
        add(columns, "contactFax/description", Kind.STRING, StoredValue.FAX_DESCRIPTION, Display.VALUE, true);
        add(columns, "email/emailAddress", Kind.STRING, StoredValue.EMAIL, Display.VALUE, true);
        add(columns, "email/emailDescription", Kind.STRING, StoredValue.EMAIL_DESCRIPTION, Display.VALUE, true);
        add(columns, "url/URLAddress", Kind.STRING, StoredValue.URL, Display.VALUE, true);
        add(columns, "url/URLDescription", Kind.STRING, StoredValue.URL_DESCRIPTION, Display.VALUE, true);
        add(columns, "postAddress/city", Kind.STRING, StoredValue.POSTAL_CITY, Display.VALUE, true);
        add(columns, "postAddress/zip", Kind.STRING, StoredValue.POSTAL_ZIPCODE, Display.VALUE, true);
        add(columns, "streetAddress/city", Kind.STRING, StoredValue.STREET_CITY, Display.VALUE, true);
        add(columns, "streetAddress/zip", Kind.STRING, StoredValue.STREET_ZIPCODE, Display.VALUE, true);
        return columns;
    }

    private static void add(Map<String, ArchiveColumn> columns, String name, Kind kind, StoredValue value,
                            Display display, boolean orderable) {
        columns.put(name.toLowerCase(Locale.ROOT),
                new ArchiveColumn(name, kind, List.of(SearchField.of(value)), display, orderable));
    }

    /** Every column's name, for messages. */
    static List<String> names() {
        return COLUMNS.values().stream().map(ArchiveColumn::name).toList();
    }
}
