package io.contactkit.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.EntityElement;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contacts stored before the contact row kept which tables of parts hold its rows (schema version 2). */
class PartTablesMigrationTest {

    @Test
    void contactsStoredBeforeTheUpgradeLoadWithTheirParts(@TempDir Path directory) throws SQLException {
        JdbcSettings settings = JdbcSettings.embedded(directory);
        Flyway.configure(getClass().getClassLoader())
                .dataSource(settings.connectionUrl(), settings.user(), settings.password())
                .locations("classpath:db/migration")
                .target("2")
                .load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(settings.connectionUrl(), settings.user(),
                settings.password());
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO contact (id, version, name, no_mailing, xstop, active_interests, group_id,"
                    + " active_status_monitor_id, deleted, dbi_agent_id, source, active_erp_links)"
                    + " VALUES (1, 1, 'With parts', FALSE, FALSE, 0, 0, 0, 0, 0, 0, 0),"
                    + " (2, 1, 'Bare', FALSE, FALSE, 0, 0, 0, 0, 0, 0, 0)");
            statement.execute("INSERT INTO contact_element (contact_id, kind, ordinal, element_value)"
                    + " VALUES (1, 'email', 0, 'info@example.com')");
            statement.execute("INSERT INTO contact_domain (contact_id, ordinal, domain_name)"
                    + " VALUES (1, 0, 'example.com')");
        }

        try (JdbcStore store = JdbcStore.open(settings)) {
            ContactEntity withParts = store.contacts().find(1).orElseThrow().entity();
            ContactEntity bare = store.contacts().find(2).orElseThrow().entity();

            assertEquals(List.of(EntityElement.builder().value("info@example.com").build()), withParts.emails());
            assertEquals(List.of("example.com"), withParts.domains());
            assertEquals("Bare", bare.name());
            assertEquals(List.of(), bare.emails());
            assertEquals(List.of(), bare.domains());
        }
    }
}
