package io.contactkit.jdbc;

import io.contactkit.domain.port.SearchCondition;
import io.contactkit.domain.port.SearchField;
import io.contactkit.domain.port.SearchField.StoredValue;
import io.contactkit.domain.port.SearchPosition;
import io.contactkit.domain.port.SearchQuery;
import io.contactkit.domain.port.SearchQuery.SortKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.argument.Argument;

/**
 * One search as one SQL query: the core's typed {@link SearchQuery} turned into SQL text made only of this class's
 * constants, with every value the client gave (texts, numbers, dates, custom-field keys, the position of the
 * previous page) a bound parameter. Texts are compared folded to lower case ({@code name_key} for the name, kept by
 * the database), with LIKE patterns whose {@code % _ \} are escaped, so they match themselves.
 * <p>The page continues after the previous page's last row by its sort keys and id (a keyset), never by counting
 * rows, so a deep page costs what the first does. On PostgreSQL texts sort and compare under the "C" collation
 * (code point order), as {@code name_key}'s index does; on H2 by UTF-16 code unit; the two agree on every text
 * without characters beyond U+FFFF.
 */
final class SearchSql {

    private static final String ESCAPE = "\\";
    private static final String NO_INSTANT = Long.toString(SearchPosition.NO_INSTANT);

    private final boolean postgresql;
    private final List<Argument> arguments = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    private SearchSql(boolean postgresql) {
        this.postgresql = postgresql;
    }

    /** The query's SQL and its arguments, bound by name in order: {@code :a1}, {@code :a2}, ... */
    record Statement(String sql, List<String> names, List<Argument> arguments) {
    }

    static Statement of(SearchQuery query, boolean postgresql) {
        return new SearchSql(postgresql).statement(query);
    }

    private Statement statement(SearchQuery query) {
        List<String> selected = new ArrayList<>(List.of("c.id"));
        for (SearchField field : query.fields()) {
            selected.addAll(values(field));
        }
        List<Key> keys = keys(query.order());
        keys.forEach(key -> selected.add(key.expression()));
        String where = condition(query.condition());
        if (query.after() != null) {
            where = where + " AND " + after(keys, query);
        }
        String order = keys.stream().map(key -> key.expression() + (key.descending() ? " DESC" : ""))
                .collect(Collectors.joining(", "));
        String sql = "SELECT " + String.join(", ", selected) + " FROM contact c WHERE " + where
                + " ORDER BY " + (order.isEmpty() ? "" : order + ", ") + "c.id" + (query.idDescending() ? " DESC" : "")
                + " OFFSET " + bind(SqlArguments.integer(query.offset())) + " ROWS FETCH NEXT "
                + bind(SqlArguments.integer(query.limit())) + " ROWS ONLY";
        return new Statement(sql, List.copyOf(names), List.copyOf(arguments));
    }

    /** The columns a field's value is read from, in {@link SearchRows}' order: two for an instant. */
    private List<String> values(SearchField field) {
        return switch (field.type()) {
            case INSTANT -> List.of(instantColumn(field) + "_seconds", instantColumn(field) + "_nanos");
            case FLAG -> List.of("CASE WHEN " + flag(field) + " THEN 1 ELSE 0 END");
            default -> List.of(value(field));
        };
    }

    /** A sort key as SQL, with its direction; an instant sorts by two. */
    private List<Key> keys(List<SortKey> order) {
        List<Key> keys = new ArrayList<>();
        for (SortKey key : order) {
            SearchField field = key.field();
            switch (field.type()) {
                case TEXT -> keys.add(new Key(folded(field), key.descending()));
                case FLAG -> keys.add(new Key("CASE WHEN " + flag(field) + " THEN 1 ELSE 0 END", key.descending()));
                case INSTANT -> {
                    keys.add(new Key("COALESCE(" + instantColumn(field) + "_seconds, " + NO_INSTANT + ")",
                            key.descending()));
                    keys.add(new Key("COALESCE(" + instantColumn(field) + "_nanos, 0)", key.descending()));
                }
                default -> keys.add(new Key(value(field), key.descending()));
            }
        }
        return keys;
    }

    /**
     * After the position: one row-value comparison when every key runs the same way (the form an index on the keys
     * serves), else key by key.
     */
    private String after(List<Key> keys, SearchQuery query) {
        SearchPosition position = query.after();
        List<String> values = new ArrayList<>();
        for (Object key : position.keys()) {
            values.add(bind(key instanceof String text ? SqlArguments.text(text) : SqlArguments.longInteger((Long) key)));
        }
        values.add(bind(SqlArguments.integer(position.contactId())));
        List<String> expressions = new ArrayList<>(keys.stream().map(Key::expression).toList());
        expressions.add("c.id");
        boolean allDescending = query.idDescending();
        if (keys.stream().allMatch(key -> key.descending() == allDescending)) {
            return "(" + String.join(", ", expressions) + ") " + (allDescending ? "<" : ">") + " ("
                    + String.join(", ", values) + ")";
        }
        StringBuilder chain = new StringBuilder(expressions.get(expressions.size() - 1) + " > "
                + values.get(values.size() - 1));
        for (int i = keys.size() - 1; i >= 0; i--) {
            String beyond = keys.get(i).descending() ? " < " : " > ";
            chain = new StringBuilder("(" + expressions.get(i) + beyond + values.get(i) + " OR ("
                    + expressions.get(i) + " = " + values.get(i) + " AND " + chain + "))");
        }
        return chain.toString();
    }

    private String condition(SearchCondition condition) {
        if (condition instanceof SearchCondition.Everything) {
            return "1 = 1";
        }
        if (condition instanceof SearchCondition.All all) {
            return joined(all.conditions(), " AND ");
        }
        if (condition instanceof SearchCondition.Any any) {
            return joined(any.conditions(), " OR ");
        }
        if (condition instanceof SearchCondition.Not not) {
            return "NOT (" + condition(not.condition()) + ")";
        }
        if (condition instanceof SearchCondition.TextMatch match) {
            return text(match.field(), folded -> textMatch(folded, match, match.field().value() == StoredValue.NAME));
        }
        if (condition instanceof SearchCondition.TextCompare compare) {
            return text(compare.field(), folded -> folded + operator(compare.comparison())
                    + bind(SqlArguments.text(compare.folded())));
        }
        if (condition instanceof SearchCondition.WholeCompare compare) {
            return value(compare.field()) + operator(compare.comparison())
                    + bind(SqlArguments.integer((int) compare.number()));
        }
        if (condition instanceof SearchCondition.WholeIn in) {
            return in.numbers().isEmpty() ? "1 = 0" : value(in.field()) + " IN (" + in.numbers().stream()
                    .map(number -> bind(SqlArguments.integer(number.intValue()))).collect(Collectors.joining(", "))
                    + ")";
        }
        if (condition instanceof SearchCondition.FlagIs flag) {
            return (flag.value() ? "" : "NOT ") + "(" + flag(flag.field()) + ")";
        }
        return instantRange((SearchCondition.InstantRange) condition);
    }

    private String joined(List<SearchCondition> conditions, String operator) {
        return conditions.stream().map(inner -> "(" + condition(inner) + ")").collect(Collectors.joining(operator));
    }

    /**
     * A test on a text field's folded value; for an element field, true when any element of the kind passes it (the
     * row shows the first).
     */
    private String text(SearchField field, Function<String, String> test) {
        ContactElement element = ContactElement.of(field.value());
        if (element == null) {
            return test.apply(folded(field));
        }
        return "EXISTS (SELECT 1 FROM contact_element e WHERE e.contact_id = c.id AND e.kind = '" + element.kind()
                + "' AND " + test.apply(textKey("LOWER(COALESCE(e." + element.column() + ", ''))")) + ")";
    }

    /** Equality, prefix, suffix or substring; a prefix of the name is also a range of its index. */
    private String textMatch(String folded, SearchCondition.TextMatch match, boolean indexed) {
        String text = match.folded();
        return switch (match.operator()) {
            case EQUALS -> folded + " = " + bind(SqlArguments.text(text));
            case BEGINS -> (indexed ? prefixRange(folded, text) : "") + like(folded, escaped(text) + "%");
            case ENDS -> like(folded, "%" + escaped(text));
            case CONTAINS -> like(folded, "%" + escaped(text) + "%");
        };
    }

    /**
     * {@code key >= 'abc' AND key < 'abd'}: the texts that begin with the prefix, in code point and code unit order
     * alike, as long as its last character is below the surrogates. Otherwise the LIKE alone decides.
     */
    private String prefixRange(String folded, String prefix) {
        if (prefix.isEmpty() || prefix.charAt(prefix.length() - 1) >= '\uD7FF') {
            return "";
        }
        String next = prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1);
        return folded + " >= " + bind(SqlArguments.text(prefix)) + " AND " + folded + " < "
                + bind(SqlArguments.text(next)) + " AND ";
    }

    private String like(String folded, String pattern) {
        return folded + " LIKE " + bind(SqlArguments.text(pattern)) + " ESCAPE '" + ESCAPE + "'";
    }

    private static String escaped(String text) {
        return text.replace(ESCAPE, ESCAPE + ESCAPE).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_");
    }

    private String instantRange(SearchCondition.InstantRange range) {
        String column = instantColumn(range.field());
        List<String> tests = new ArrayList<>(List.of(column + "_seconds IS NOT NULL"));
        if (range.from() != null) {
            tests.add(instantTest(column, range.from(), " > ", " >= "));
        }
        if (range.until() != null) {
            tests.add(instantTest(column, range.until(), " < ", " < "));
        }
        return String.join(" AND ", tests);
    }

    private String instantTest(String column, Instant bound, String beyond, String nanosTest) {
        String seconds = bind(SqlArguments.longInteger(bound.getEpochSecond()));
        String secondsAgain = bind(SqlArguments.longInteger(bound.getEpochSecond()));
        return "(" + column + "_seconds" + beyond + seconds + " OR (" + column + "_seconds = " + secondsAgain
                + " AND " + column + "_nanos" + nanosTest + bind(SqlArguments.integer(bound.getNano())) + "))";
    }

    /** The folded text a field is compared and sorted by. */
    private String folded(SearchField field) {
        return field.value() == StoredValue.NAME ? "c.name_key" : textKey("LOWER(" + value(field) + ")");
    }

    /** Texts compare in code point order on PostgreSQL whatever the database's locale, as name_key does. */
    private String textKey(String expression) {
        return postgresql ? "(" + expression + " COLLATE \"C\")" : expression;
    }

    private String flag(SearchField field) {
        return switch (field.value()) {
            case XSTOP -> "c.xstop";
            case NO_MAILING -> "c.no_mailing";
            case DELETED -> "c.deleted <> 0";
            case HAS_INTERESTS -> "EXISTS (SELECT 1 FROM contact_interest i WHERE i.contact_id = c.id)";
            case HAS_INFO_TEXT -> "COALESCE(c.description, '') <> ''";
            default -> throw new IllegalArgumentException("no flag: " + field);
        };
    }

    private static String instantColumn(SearchField field) {
        return switch (field.value()) {
            case UPDATED_DATE -> "c.updated";
            case CREATED_DATE -> "c.created";
            default -> throw new IllegalArgumentException("no date-time: " + field);
        };
    }

    /** A TEXT field's value ({@code ''} for none) or a WHOLE field's (0 for none). */
    private String value(SearchField field) {
        ContactElement element = ContactElement.of(field.value());
        if (element != null) {
            return "COALESCE((SELECT e." + element.column() + " FROM contact_element e WHERE e.contact_id = c.id"
                    + " AND e.kind = '" + element.kind() + "' AND e.ordinal = 0), '')";
        }
        return switch (field.value()) {
            case CONTACT_ID -> "c.id";
            case NAME -> "COALESCE(c.name, '')";
            case DEPARTMENT -> "COALESCE(c.department, '')";
            case ORG_NR -> "COALESCE(c.org_nr, '')";
            case NUMBER1 -> "COALESCE(c.number1, '')";
            case NUMBER2 -> "COALESCE(c.number2, '')";
            case KANANAME -> "COALESCE(c.kananame, '')";
            case ASSOCIATE_ID -> "COALESCE(c.associate_id, 0)";
            case CATEGORY_ID -> "COALESCE(c.category_id, 0)";
            case BUSINESS_ID -> "COALESCE(c.business_id, 0)";
            case COUNTRY_ID -> "COALESCE(c.country_id, 0)";
            case UPDATED_BY_ID -> "COALESCE(c.updated_by_id, 0)";
            case CREATED_BY_ID -> "COALESCE(c.created_by_id, 0)";
            case ACTIVE_ERP_LINKS -> "c.active_erp_links";
            case POSTAL_CITY -> addressPart(ContactColumns.POSTAL, "city");
            case POSTAL_ZIPCODE -> addressPart(ContactColumns.POSTAL, "zipcode");
            case STREET_CITY -> addressPart(ContactColumns.STREET, "city");
            case STREET_ZIPCODE -> addressPart(ContactColumns.STREET, "zipcode");
            case FORMATTED_ADDRESS -> "COALESCE((SELECT a.formatted FROM contact_address a WHERE a.contact_id = c.id),"
                    + " '')";
            case CUSTOM_FIELD -> "COALESCE((SELECT f.field_value FROM contact_custom_field f WHERE f.contact_id = c.id"
                    + " AND f.field_key = " + bind(SqlArguments.text(field.customFieldKey())) + "), '')";
            default -> throw new IllegalArgumentException("not a text or number: " + field);
        };
    }

    private static String addressPart(String part, String column) {
        return "COALESCE((SELECT p." + column + " FROM contact_address_part p WHERE p.contact_id = c.id AND p.part = '"
                + part + "'), '')";
    }

    private static String operator(SearchCondition.Comparison comparison) {
        return switch (comparison) {
            case EQ -> " = ";
            case LT -> " < ";
            case LE -> " <= ";
            case GT -> " > ";
            case GE -> " >= ";
        };
    }

    private String bind(Argument argument) {
        String name = "a" + (arguments.size() + 1);
        arguments.add(argument);
        names.add(name);
        return ":" + name;
    }

    private record Key(String expression, boolean descending) {
    }

    /** The element fields: which kind of element, which column. */
    private record ContactElement(String kind, String column) {

        static ContactElement of(StoredValue value) {
            return switch (value) {
                case PHONE -> new ContactElement(ContactColumns.PHONE, "element_value");
                case PHONE_DESCRIPTION -> new ContactElement(ContactColumns.PHONE, "description");
                case FAX -> new ContactElement(ContactColumns.FAX, "element_value");
                case FAX_DESCRIPTION -> new ContactElement(ContactColumns.FAX, "description");
                case EMAIL -> new ContactElement(ContactColumns.EMAIL, "element_value");
                case EMAIL_DESCRIPTION -> new ContactElement(ContactColumns.EMAIL, "description");
                case URL -> new ContactElement(ContactColumns.URL, "element_value");
                case URL_DESCRIPTION -> new ContactElement(ContactColumns.URL, "description");
                default -> null;
            };
        }
    }
}
