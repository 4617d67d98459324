package io.contactkit.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.contactkit.domain.failure.StorageUnavailableException;
import io.contactkit.domain.port.ContactRepository;
import io.contactkit.domain.port.ContactSearch;
import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.port.IdentityRepository;
import io.contactkit.domain.port.ListItemProvider;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contact database: an H2 or PostgreSQL database whose schema is brought up to date on opening, and the core's
 * ports on it: contacts, lists, custom-field definitions, and the identities (users, API tokens, sessions) a
 * deployment shares across its nodes. The store either opens a connection pool of its own from {@link JdbcSettings}
 * or works on a {@link DataSource} the application already has. List items and custom-field definitions are kept in
 * memory for the settings' {@link JdbcSettings#referenceDataTtl() time-to-live}. Thread-safe; close it to release
 * the connections it opened. Either way the application puts the driver of its database on the class path: this
 * module brings neither.
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
    /** Whether the schema is current is asked of the table Flyway keeps; its names are quoted lower case in both. */
    private static final String SCHEMA_HAS_VERSION = "SELECT COUNT(*) FROM \"flyway_schema_history\""
            + " WHERE \"version\" = :version AND \"success\"";
    private static final int READY_QUERY_TIMEOUT_SECONDS = 1;

    /** Closes what the store opened: its own pool, or nothing on the application's data source. */
    private final Runnable release;
    private final Jdbi jdbi;
    private final String schemaVersion;
    private final ContactRepository contacts;
    private final ContactSearch search;
    private final IdentityRepository identities;
    private final ListItemProvider lists;
    private final CustomFieldCatalog customFieldCatalog;

    /** @param postgresql whether the database is PostgreSQL (else H2) */
    private JdbcStore(DataSource connections, Runnable release, boolean postgresql, String schemaVersion,
                      boolean closedCustomFieldCatalog, Duration referenceDataTtl, LongSupplier nanoClock) {
        this.release = release;
        this.schemaVersion = schemaVersion;
        this.jdbi = Jdbi.create(new FailFastConnections(connections));
        // The statements are constants without template attributes. Jdbi's default engine renders each into a new
        // string, whose hash its statement cache then computes over thousands of characters on every call.
        jdbi.getConfig(SqlStatements.class).setTemplateEngine(TemplateEngine.NOP);
        WriteTransactions writes = new WriteTransactions(jdbi, postgresql);
        this.contacts = new JdbcContactRepository(jdbi, writes, postgresql);
        this.search = new JdbcContactSearch(jdbi, postgresql);
        this.identities = new JdbcIdentityRepository(jdbi, writes);
        ListItemProvider listTables = new JdbcListItems(jdbi);
        CustomFieldCatalog catalogTables = new JdbcCustomFieldCatalog(jdbi, closedCustomFieldCatalog);
        this.lists = referenceDataTtl.isZero() ? listTables
                : new CachedListItems(listTables, referenceDataTtl, nanoClock);
        this.customFieldCatalog = referenceDataTtl.isZero() ? catalogTables
                : new CachedCustomFieldCatalog(catalogTables, referenceDataTtl, nanoClock);
    }

    /**
     * Connects, migrates the schema to the newest version and answers the store.
     *
     * @throws StorageUnavailableException when the database cannot be reached or its schema cannot be migrated
     */
    public static JdbcStore open(JdbcSettings settings) {
        return open(settings, Optional.empty(), System::nanoTime);
    }

    /**
     * Like {@link #open(JdbcSettings)}, with the connection pool's meters (connections active, idle and pending,
     * acquisition and usage times, timeouts; tag {@code pool=contactkit}) in the registry.
     */
    public static JdbcStore open(JdbcSettings settings, MeterRegistry meters) {
        return open(settings, Optional.of(meters), System::nanoTime);
    }

    /** For tests of this package: with a clock that tells when kept reference data expires. */
    static JdbcStore open(JdbcSettings settings, LongSupplier nanoClock) {
        return open(settings, Optional.empty(), nanoClock);
    }

    private static JdbcStore open(JdbcSettings settings, Optional<MeterRegistry> meters, LongSupplier nanoClock) {
        HikariDataSource pool = connect(settings, meters);
        try {
            boolean postgresql = isPostgreSql(pool);
            String schemaVersion = migrate(Flyway.configure(JdbcStore.class.getClassLoader())
                    .dataSource(settings.connectionUrl(), settings.user(), settings.password()), postgresql,
                    settings.displayUrl());
            return new JdbcStore(pool, pool::close, postgresql, schemaVersion, settings.closedCustomFieldCatalog(),
                    settings.referenceDataTtl(), nanoClock);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * Migrates the schema on a data source the application configured (its pool, its H2 or PostgreSQL database) and
     * answers the store on it, with an open custom-field catalog and reference data kept for 30 s. The store's
     * tables and Flyway's history table go where the data source's connections put unqualified names. Closing the
     * store leaves the data source open: it is the application's to close.
     *
     * @throws StorageUnavailableException when the database cannot be reached or its schema cannot be migrated
     */
    public static JdbcStore open(DataSource dataSource) {
        boolean postgresql = isPostgreSql(dataSource);
        String schemaVersion = migrate(Flyway.configure(JdbcStore.class.getClassLoader()).dataSource(dataSource),
                postgresql, "the application's data source");
        return new JdbcStore(dataSource, () -> { }, postgresql, schemaVersion, false,
                JdbcSettings.DEFAULT_REFERENCE_DATA_TTL, System::nanoTime);
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

    /** The users, API tokens and sessions, in the same database. */
    public IdentityRepository identities() {
        return identities;
    }

    /**
     * Whether the store can serve now: the database answers within about a second (or the pool's connection timeout,
     * while it is reachable) and its schema holds the newest migration of this version of ContactKit. A schema a
     * newer version has migrated further, as during a rolling upgrade, counts as current.
     */
    public boolean isReady() {
        try {
            return jdbi.withHandle(handle -> handle.createQuery(SCHEMA_HAS_VERSION)
                    .setQueryTimeout(READY_QUERY_TIMEOUT_SECONDS)
                    .bind("version", schemaVersion).mapTo(Integer.class).one()) == 1;
        } catch (JdbiException e) {
            LOG.debug("the contact store is not ready", e);
            return false;
        }
    }

    /**
     * Closes the pool the store opened; calls made afterwards fail with {@link StorageUnavailableException}. A store
     * on the application's data source has nothing of its own to close.
     */
    @Override
    public void close() {
        release.run();
    }

    /** For tests of this package: to watch the statements the store runs. */
    Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Migrates the schema: the migrations both databases share, and those of its own database ({@code db/vendor/h2}
     * or {@code db/vendor/postgresql}). On settings of its own, the store migrates over connections of its own,
     * which the pool's size then need not allow for; the pool is open by then, so an H2 in-memory database lives on
     * between the two.
     *
     * @return the newest version among this version's migrations, which a current schema holds
     */
    private static String migrate(FluentConfiguration database, boolean postgresql, String name) {
        try {
            Flyway flyway = database.locations("classpath:db/migration",
                    "classpath:db/vendor/" + (postgresql ? "postgresql" : "h2")).load();
            int applied = flyway.migrate().migrationsExecuted;
            MigrationInfoService info = flyway.info();
            LOG.info("contact store at {}: schema version {}, {} migration(s) applied", name,
                    info.current() == null ? "none" : info.current().getVersion(), applied);
            return Arrays.stream(info.all()).filter(migration -> migration.getState().isResolved())
                    .map(MigrationInfo::getVersion).max(Comparator.naturalOrder()).map(MigrationVersion::getVersion)
                    .orElseThrow(() -> new IllegalStateException("no migrations on the class path"));
        } catch (FlywayException e) {
            throw new StorageUnavailableException("the contact database at " + name + " cannot be reached or"
                    + " migrated: " + e.getMessage(), e);
        }
    }

    /** PostgreSQL keeps {@code SET TRANSACTION} to one transaction, which the repository's reads make use of. */
    private static boolean isPostgreSql(DataSource connections) {
        try (Connection connection = connections.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new StorageUnavailableException("the contact database cannot be reached: " + e.getMessage(), e);
        }
    }

    private static HikariDataSource connect(JdbcSettings settings, Optional<MeterRegistry> meters) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("contactkit");
        config.setJdbcUrl(settings.connectionUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        meters.ifPresent(registry -> config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry)));
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StorageUnavailableException("the contact database at " + settings.displayUrl()
                    + " cannot be reached: " + e.getMessage(), e);
        }
    }
}
