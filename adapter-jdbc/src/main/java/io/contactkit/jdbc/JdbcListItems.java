package io.contactkit.jdbc;

import static io.contactkit.jdbc.ListColumns.ASSOCIATE;
import static io.contactkit.jdbc.ListColumns.COUNTRY;
import static io.contactkit.jdbc.ListColumns.INTEREST;

import io.contactkit.domain.model.Associate;
import io.contactkit.domain.model.Country;
import io.contactkit.domain.model.ListItem;
import io.contactkit.domain.model.SelectableMDOListItem;
import io.contactkit.domain.port.ListItemProvider;
import io.contactkit.domain.port.ListName;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The list tables. Each list has a {@code <list>_name} table with an item's name and tooltip per language; an item
 * without a name in the asked language is named in the default language, English.
 */
final class JdbcListItems implements ListItemProvider {

    static final String DEFAULT_LANGUAGE = "en";

    /** The name in the asked language ({@code l}), else in the default one ({@code d}). */
    private static final String LOCALIZED = "COALESCE(l.name, d.name) AS name,"
            + " CASE WHEN l.name IS NULL THEN d.tooltip ELSE l.tooltip END AS tooltip";

    /** The simple lists share one shape; their table names are constants of this class, never input. */
    private static final Map<ListName, String> SELECT_LIST_ITEM = selectListItem(Map.of(
            ListName.BUSINESS, "business",
            ListName.CATEGORY, "category",
            ListName.TICKET_PRIORITY, "ticket_priority",
            ListName.CUSTOMER_LANGUAGE, "customer_language"));

    private static final String SELECT_COUNTRY = "SELECT " + COUNTRY.select("c") + ", " + LOCALIZED
            + " FROM country c"
            + " LEFT JOIN country_name l ON l.country_id = c.id AND l.language = :language"
            + " LEFT JOIN country_name d ON d.country_id = c.id AND d.language = :default_language"
            + " WHERE c.id = :id";
    private static final String SELECT_ASSOCIATE = "SELECT " + ASSOCIATE.names() + " FROM associate WHERE id = :id";
    private static final String SELECT_INTERESTS = "SELECT " + INTEREST.select("i") + ", " + LOCALIZED
            + ", COALESCE(l.full_name, d.full_name) AS full_name"
            + " FROM interest i"
            + " LEFT JOIN interest_name l ON l.interest_id = i.id AND l.language = :language"
            + " LEFT JOIN interest_name d ON d.interest_id = i.id AND d.language = :default_language"
            + " ORDER BY i.rank, i.id";

    private final Jdbi jdbi;

    JdbcListItems(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<ListItem> listItem(ListName list, int id, String language) {
        return StoreFaults.guarded("reading list " + list.mdoName(), () -> jdbi.withHandle(handle ->
                localized(handle.createQuery(SELECT_LIST_ITEM.get(list)), language).bind("id", id)
                        .map((rs, ctx) -> new ListItem(rs.getInt(1), rs.getString(2), rs.getString(3)))
                        .findOne()));
    }

    @Override
    public Optional<Country> country(int countryId, String language) {
        return StoreFaults.guarded("reading list country", () -> jdbi.withHandle(handle ->
                localized(handle.createQuery(SELECT_COUNTRY), language).bind("id", countryId)
                        .map((rs, ctx) -> {
                            RowReader row = new RowReader(rs);
                            Country.Builder country = Country.builder();
                            COUNTRY.read(row, country);
                            return country.name(row.text()).tooltip(row.text()).build();
                        })
                        .findOne()));
    }

    @Override
    public Optional<Associate> associate(int associateId) {
        return StoreFaults.guarded("reading list associate", () -> jdbi.withHandle(handle ->
                handle.createQuery(SELECT_ASSOCIATE).bind("id", associateId)
                        .map((rs, ctx) -> {
                            Associate.Builder associate = Associate.builder();
                            ASSOCIATE.read(new RowReader(rs), associate);
                            return associate.build();
                        })
                        .findOne()));
    }

    @Override
    public List<SelectableMDOListItem> interests(String language) {
        return StoreFaults.guarded("reading list contint", () -> jdbi.withHandle(handle ->
                localized(handle.createQuery(SELECT_INTERESTS), language)
                        .map((rs, ctx) -> {
                            RowReader row = new RowReader(rs);
                            SelectableMDOListItem.Builder interest = SelectableMDOListItem.builder();
                            INTEREST.read(row, interest);
                            return interest.name(row.text()).toolTip(row.text()).fullName(row.text()).build();
                        })
                        .list()));
    }

    /** The language code as the name tables hold it: lower case, the default language for none. */
    static String language(String asked) {
        return asked == null || asked.isBlank() ? DEFAULT_LANGUAGE : asked.trim().toLowerCase(Locale.ROOT);
    }

    private static Query localized(Query query, String language) {
        return query.bind("language", language(language)).bind("default_language", DEFAULT_LANGUAGE);
    }

    private static Map<ListName, String> selectListItem(Map<ListName, String> tables) {
        Map<ListName, String> statements = new EnumMap<>(ListName.class);
        tables.forEach((list, table) -> statements.put(list, "SELECT i.id AS id, " + LOCALIZED
                + " FROM " + table + " i"
                + " LEFT JOIN " + table + "_name l ON l." + table + "_id = i.id AND l.language = :language"
                + " LEFT JOIN " + table + "_name d ON d." + table + "_id = i.id AND d.language = :default_language"
                + " WHERE i.id = :id"));
        return Map.copyOf(statements);
    }
}
