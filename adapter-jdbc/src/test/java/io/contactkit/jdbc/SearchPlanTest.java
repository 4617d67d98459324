package io.contactkit.jdbc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.port.SearchCondition;
import io.contactkit.domain.port.SearchField;
import io.contactkit.domain.port.SearchField.StoredValue;
import io.contactkit.domain.port.SearchPosition;
import io.contactkit.domain.port.SearchQuery;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jdbi.v3.core.statement.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The case-insensitive prefix search on the name, sorted by name, is answered from the V4 index on
 * {@code (name_key, id)} on both databases, the first page and a page continued after a position alike: the plans
 * the databases choose for the store's own SQL, over 20,000 contacts, are printed and checked.
 */
class SearchPlanTest {

    private static final SearchField NAME = SearchField.of(StoredValue.NAME);
    private static final int CONTACTS = 20_000;

    private static SearchQuery firstPage() {
        return page(null);
    }

    private static SearchQuery page(SearchPosition after) {
        return new SearchQuery(List.of(SearchField.of(StoredValue.CONTACT_ID), NAME),
                new SearchCondition.TextMatch(NAME, SearchCondition.TextOperator.BEGINS, "k"),
                List.of(new SearchQuery.SortKey(NAME, false)), after, 0, 51);
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class OnADatabase {

        JdbcStore store;

        abstract JdbcSettings settings();

        abstract boolean postgresql();

        abstract String fill();

        void stop() {
        }

        @BeforeAll
        void fillStore() {
            store = JdbcStore.open(settings());
            store.jdbi().useHandle(handle -> {
                handle.execute(fill());
                if (postgresql()) {
                    handle.execute("ANALYZE contact");
                }
            });
        }

        @AfterAll
        void closeStore() {
            store.close();
            stop();
        }

        @Test
        void namePrefixSortedByNameReadsTheNameIndex() {
            assertUsesNameIndex(plan(firstPage()));
        }

        @Test
        void aContinuedPageReadsTheNameIndexFromThePosition() {
            assertUsesNameIndex(plan(page(new SearchPosition(List.of("kz"), 17))));
        }

        private void assertUsesNameIndex(String plan) {
            System.out.println((postgresql() ? "PostgreSQL" : "H2") + " plan:\n" + plan);
            assertTrue(plan.toLowerCase(Locale.ROOT).contains("contact_name_key"), plan);
            assertFalse(plan.contains("Seq Scan on contact") || plan.contains("tableScan"), plan);
        }

        private String plan(SearchQuery query) {
            SearchSql.Statement statement = SearchSql.of(query, postgresql());
            return store.jdbi().withHandle(handle -> {
                Query explain = handle.createQuery("EXPLAIN " + statement.sql());
                for (int i = 0; i < statement.arguments().size(); i++) {
                    explain.bind(statement.names().get(i), statement.arguments().get(i));
                }
                return String.join("\n", explain.mapTo(String.class).list());
            });
        }
    }

    @org.junit.jupiter.api.Nested
    class OnH2 extends OnADatabase {

        @Override
        JdbcSettings settings() {
            return JdbcSettings.of("jdbc:h2:mem:plan-" + UUID.randomUUID(), "sa", "");
        }

        @Override
        boolean postgresql() {
            return false;
        }

        @Override
        String fill() {
            return "INSERT INTO contact (version, name, no_mailing, xstop, active_interests, group_id,"
                    + " active_status_monitor_id, deleted, dbi_agent_id, source, active_erp_links)"
                    + " SELECT 1, CHAR(65 + MOD(X, 26)) || 'ompany ' || X, FALSE, FALSE, 0, 0, 0, 0, 0, 0, 0"
                    + " FROM SYSTEM_RANGE(1, " + CONTACTS + ")";
        }
    }

    @org.junit.jupiter.api.Nested
    class OnPostgres extends OnADatabase {

        private EmbeddedPostgresServer server;

        @Override
        JdbcSettings settings() {
            server = EmbeddedPostgresServer.start();
            return server.settings();
        }

        @Override
        void stop() {
            server.close();
        }

        @Override
        boolean postgresql() {
            return true;
        }

        @Override
        String fill() {
            return "INSERT INTO contact (version, name, no_mailing, xstop, active_interests, group_id,"
                    + " active_status_monitor_id, deleted, dbi_agent_id, source, active_erp_links)"
                    + " SELECT 1, chr(65 + g % 26) || 'ompany ' || g, FALSE, FALSE, 0, 0, 0, 0, 0, 0, 0"
                    + " FROM generate_series(1, " + CONTACTS + ") g";
        }
    }
}
