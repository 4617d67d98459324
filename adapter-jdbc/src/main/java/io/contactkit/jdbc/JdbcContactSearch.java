package io.contactkit.jdbc;

import io.contactkit.domain.port.ContactSearch;
import io.contactkit.domain.port.FoundContact;
import io.contactkit.domain.port.SearchField;
import io.contactkit.domain.port.SearchPosition;
import io.contactkit.domain.port.SearchQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The contact archive's search in SQL: one query per page ({@link SearchSql}), read straight off the result set.
 * One statement reads one consistent state of the tables.
 */
final class JdbcContactSearch implements ContactSearch {

    private final Jdbi jdbi;
    private final boolean postgresql;

    JdbcContactSearch(Jdbi jdbi, boolean postgresql) {
        this.jdbi = jdbi;
        this.postgresql = postgresql;
    }

    @Override
    public List<FoundContact> search(SearchQuery query) {
        SearchSql.Statement statement = SearchSql.of(query, postgresql);
        return StoreFaults.guarded("searching contacts", () -> jdbi.withHandle(handle -> {
            Query select = handle.createQuery(statement.sql());
            for (int i = 0; i < statement.arguments().size(); i++) {
                select.bind(statement.names().get(i), statement.arguments().get(i));
            }
            return select.scanResultSet((results, context) -> {
                try {
                    ResultSet rs = results.get();
                    List<FoundContact> found = new ArrayList<>();
                    while (rs.next()) {
                        found.add(row(rs, query));
                    }
                    return found;
                } finally {
                    context.close();
                }
            });
        }));
    }

    /** The columns {@link SearchSql} selects: the id, each field's value, each sort key. */
    private static FoundContact row(ResultSet rs, SearchQuery query) throws SQLException {
        RowReader row = new RowReader(rs);
        int id = row.integer();
        List<Object> values = new ArrayList<>(query.fields().size());
        for (SearchField field : query.fields()) {
            values.add(switch (field.type()) {
                case TEXT -> row.text();
                case WHOLE -> row.integer();
                case FLAG -> row.integer() != 0;
                case INSTANT -> row.instant();
            });
        }
        List<Object> keys = new ArrayList<>();
        for (Class<?> type : SearchPosition.keyTypes(query.order())) {
            keys.add(type == String.class ? row.text() : row.longInteger());
        }
        return new FoundContact(id, values, new SearchPosition(keys, id));
    }
}
