package io.contactkit.jdbc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Ready means: the database answers, and its schema holds this version's newest migration. */
class StoreReadinessTest {

    private final JdbcSettings settings = JdbcSettings.of("jdbc:h2:mem:ready-" + UUID.randomUUID(), "sa", "");

    @Test
    void aFreshlyMigratedStoreIsReady() {
        try (JdbcStore store = JdbcStore.open(settings)) {
            assertTrue(store.isReady());
        }
    }

    @Test
    void aSchemaWithoutTheNewestMigrationIsNotReady() {
        try (JdbcStore store = JdbcStore.open(settings)) {
            store.jdbi().useHandle(handle -> handle.execute("DELETE FROM \"flyway_schema_history\""
                    + " WHERE \"installed_rank\" = (SELECT MAX(\"installed_rank\") FROM \"flyway_schema_history\")"));

            assertFalse(store.isReady());
        }
    }

    @Test
    void aSchemaANewerVersionMigratedFurtherIsReady() {
        try (JdbcStore store = JdbcStore.open(settings)) {
            store.jdbi().useHandle(handle -> handle.execute("INSERT INTO \"flyway_schema_history\""
                    + " (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"installed_by\","
                    + " \"execution_time\", \"success\")"
                    + " VALUES (999, '999', 'from the future', 'SQL', 'V999__future.sql', 'sa', 1, TRUE)"));

            assertTrue(store.isReady());
        }
    }

    @Test
    void aClosedStoreIsNotReady() {
        JdbcStore store = JdbcStore.open(settings);
        store.close();

        assertFalse(store.isReady());
    }
}
