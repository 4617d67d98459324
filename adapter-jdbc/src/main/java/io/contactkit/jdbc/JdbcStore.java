package io.contactkit.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.contactkit.domain.failure.StorageUnavailableException;
import io.contactkit.domain.port.ContactRepository;
import io.contactkit.domain.port.ContactSearch;
import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.port.ListItemProvider;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contact database: a connection pool on an H2 or PostgreSQL database whose schema is brought up to date on
 * opening, and the core's ports on it. List items and custom-field definitions are kept in memory for the settings'
 * {@link JdbcSettings#referenceDataTtl() time-to-live}. Thread-safe; close it to release the connections.
 *
 * <pre>{@code
 * try (JdbcStore store = JdbcStore.open(JdbcSettings.embedded(JdbcSettings.DEFAULT_DIRECTORY))) {
 *     ContactService service = new ContactService(store.contacts(), store.lists(), store.customFieldCatalog(),
 *             Clock.systemUTC());
 * }
 * }</pre>
 */
public final class JdbcStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private static final String POSTGRESQL_URL = "jdbc:postgresql:";

    private final ContactRepository contacts;
    private final ContactSearch search;
    private final ListItemProvider lists;
    private final CustomFieldCatalog customFieldCatalog;

    private JdbcStore(HikariDataSource pool, JdbcSettings settings, LongSupplier nanoClock) {
        this.pool = pool;
        this.jdbi = Jdbi.create(new FailFastConnections(pool));
        // The statements are constants without template attributes. Jdbi's default engine renders each into a new
        // string, whose hash its statement cache then computes over thousands of characters on every call.
        jdbi.getConfig(SqlStatements.class).setTemplateEngine(TemplateEngine.NOP);
        boolean postgresql = settings.jdbcUrl().startsWith(POSTGRESQL_URL);
        this.contacts = new JdbcContactRepository(jdbi, postgresql);
        this.search = new JdbcContactSearch(jdbi, postgresql);
        ListItemProvider listTables = new JdbcListItems(jdbi);
        CustomFieldCatalog catalogTables = new JdbcCustomFieldCatalog(jdbi, settings.closedCustomFieldCatalog());
        Duration ttl = settings.referenceDataTtl();
        this.lists = ttl.isZero() ? listTables : new CachedListItems(listTables, ttl, nanoClock);
        this.customFieldCatalog = ttl.isZero() ? catalogTables
                : new CachedCustomFieldCatalog(catalogTables, ttl, nanoClock);
    }

    /**
     * Connects, migrates the schema to the newest version and answers the store.
     *
     * @throws StorageUnavailableException when the database cannot be reached or its schema cannot be migrated
     */
    public static JdbcStore open(JdbcSettings settings) {
        return open(settings, System::nanoTime);
    }

    /** For tests of this package: with a clock that tells when kept reference data expires. */
    static JdbcStore open(JdbcSettings settings, LongSupplier nanoClock) {
        HikariDataSource pool = connect(settings);
        try {
            migrate(settings);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new JdbcStore(pool, settings, nanoClock);
    }

    public ContactRepository contacts() {
        return contacts;
    }

    /** The contact archive's search over the same contacts. */
    public ContactSearch search() {
        return search;
    }

    public ListItemProvider lists() {
        return lists;
    }

    public CustomFieldCatalog customFieldCatalog() {
        return customFieldCatalog;
    }

    /** Closes the pool; calls made afterwards fail with {@link StorageUnavailableException}. */
    @Override
    public void close() {
        pool.close();
    }

    /** For tests of this package: to watch the statements the store runs. */
    Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Migrates over connections of its own, which the pool's size then need not allow for. The pool is open by
     * then, so an H2 in-memory database lives on between the two.
     */
    private static void migrate(JdbcSettings settings) {
        try {
            MigrateResult migrated = Flyway.configure(JdbcStore.class.getClassLoader())
                    .dataSource(settings.connectionUrl(), settings.user(), settings.password())
                    .locations("classpath:db/migration", "classpath:db/vendor/"
                            + (settings.jdbcUrl().startsWith(POSTGRESQL_URL) ? "postgresql" : "h2"))
                    .load()
                    .migrate();
            LOG.info("contact store at {}: schema version {}, {} migration(s) applied", settings.displayUrl(),
                    migrated.targetSchemaVersion, migrated.migrationsExecuted);
        } catch (FlywayException e) {
            throw new StorageUnavailableException("the contact database at " + settings.displayUrl()
                    + " cannot be reached or migrated: " + e.getMessage(), e);
        }
    }

    private static HikariDataSource connect(JdbcSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("contactkit");
        config.setJdbcUrl(settings.connectionUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StorageUnavailableException("the contact database at " + settings.displayUrl()
                    + " cannot be reached: " + e.getMessage(), e);
        }
    }
}
