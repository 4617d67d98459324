package io.contactkit.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.port.StoredContact;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The store on a data source the embedding application configured, as a Spring Boot application has one. */
class ApplicationDataSourceTest {

    @Test
    void contactsAreStoredInTheApplicationsDatabase() throws SQLException {
        try (HikariDataSource application = h2Pool(); JdbcStore store = JdbcStore.open(application)) {
            int id = store.contacts().insert(ContactEntity.builder().name("Dare Group").build()).entity().contactId();

            assertEquals("Dare Group", nameOf(id, application));
        }
    }

    @Test
    void closingTheStoreLeavesTheApplicationsDataSourceOpen() throws SQLException {
        try (HikariDataSource application = h2Pool()) {
            int id;
            try (JdbcStore store = JdbcStore.open(application)) {
                id = store.contacts().insert(ContactEntity.builder().name("Kept").build()).entity().contactId();
            }

            assertFalse(application.isClosed());
            assertEquals("Kept", nameOf(id, application));
        }
    }

    @Test
    void reopeningOnTheSameDatabaseFindsItsSchemaCurrent() {
        try (HikariDataSource application = h2Pool()) {
            StoredContact stored;
            try (JdbcStore first = JdbcStore.open(application)) {
                stored = first.contacts().insert(ContactEntity.builder().name("Migrated once").build());
            }

            try (JdbcStore second = JdbcStore.open(application)) {
                assertEquals(stored, second.contacts().find(stored.entity().contactId()).orElseThrow());
            }
        }
    }

    /**
     * The store tells PostgreSQL by the connection, not by a URL it was never given: there a read sets REPEATABLE
     * READ for its one transaction, and never changes the level of a connection the application's pool hands out.
     */
    @Test
    void readsOnAnApplicationsPostgreSqlLeaveTheConnectionsLevelAlone() {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start()) {
            AtomicInteger levelChanges = new AtomicInteger();
            try (JdbcStore store = JdbcStore.open(countingLevelChanges(server.dataSource(), levelChanges))) {
                StoredContact stored = store.contacts().insert(ContactEntity.builder().name("Read").build());
                int changesBeforeReading = levelChanges.get();

                assertEquals(stored, store.contacts().find(stored.entity().contactId()).orElseThrow());
                assertEquals(changesBeforeReading, levelChanges.get());
            }
        }
    }

    @Test
    void readsOnAnApplicationsH2SetTheConnectionsLevelAndRestoreIt() {
        try (HikariDataSource application = h2Pool()) {
            AtomicInteger levelChanges = new AtomicInteger();
            try (JdbcStore store = JdbcStore.open(countingLevelChanges(application, levelChanges))) {
                StoredContact stored = store.contacts().insert(ContactEntity.builder().name("Read").build());
                int changesBeforeReading = levelChanges.get();

                assertEquals(stored, store.contacts().find(stored.entity().contactId()).orElseThrow());
                assertEquals(changesBeforeReading + 2, levelChanges.get());
            }
        }
    }

    private static HikariDataSource h2Pool() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:h2:mem:application-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        pool.setUsername("sa");
        pool.setPassword("");
        pool.setMaximumPoolSize(4);
        return pool;
    }

    private static String nameOf(int contactId, DataSource application) throws SQLException {
        try (Connection connection = application.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT name FROM contact WHERE id = ?")) {
            query.setInt(1, contactId);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "no row for contact " + contactId);
                return row.getString(1);
            }
        }
    }

    /** The data source, counting each call that changes a connection's transaction isolation level. */
    private static DataSource countingLevelChanges(DataSource dataSource, AtomicInteger changes) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    Object result = invoke(method, dataSource, arguments);
                    return result instanceof Connection connection ? counting(connection, changes) : result;
                });
    }

    private static Connection counting(Connection connection, AtomicInteger changes) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("setTransactionIsolation")) {
                        changes.incrementAndGet();
                    }
                    return invoke(method, connection, arguments);
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] arguments)
            throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
