package io.contactkit.jdbc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How to reach the contact database.
 *
 * @param jdbcUrl                  an H2 ({@code jdbc:h2:...}) or PostgreSQL ({@code jdbc:postgresql://...}) URL
 * @param user                     the database user
 * @param password                 the user's password, empty for none
 * @param poolSize                 the most connections kept open at once
 * @param connectionTimeout        how long a call waits for a connection before the store counts as unavailable
 * @param closedCustomFieldCatalog true to refuse custom-field keys the catalog does not define
 * @param referenceDataTtl         how long list items, associates and custom-field definitions read from the
 *                                 database are kept before they are read again: a change to them shows within this
 *                                 time. Zero reads them on every use
 */
public record JdbcSettings(String jdbcUrl, String user, String password, int poolSize, Duration connectionTimeout,
                           boolean closedCustomFieldCatalog, Duration referenceDataTtl) {

    /** The H2 file database the standalone server keeps its contacts in unless told otherwise. */
    public static final Path DEFAULT_DIRECTORY = Path.of(".", "contactkit-data");

    private static final int DEFAULT_POOL_SIZE = 10;
    private static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration SHORTEST_CONNECTION_TIMEOUT = Duration.ofMillis(250);
    static final Duration DEFAULT_REFERENCE_DATA_TTL = Duration.ofSeconds(30);

    public JdbcSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        Objects.requireNonNull(referenceDataTtl, "referenceDataTtl");
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1, is " + poolSize);
        }
        if (connectionTimeout.compareTo(SHORTEST_CONNECTION_TIMEOUT) < 0) {
            throw new IllegalArgumentException("connectionTimeout must be at least 250 ms, is " + connectionTimeout);
        }
        if (referenceDataTtl.isNegative()) {
            throw new IllegalArgumentException("referenceDataTtl must not be negative, is " + referenceDataTtl);
        }
    }

    /**
     * A database at the URL, with the default pool (10 connections, 5 s connection timeout), an open catalog, and
     * reference data kept for 30 s.
     */
    public static JdbcSettings of(String jdbcUrl, String user, String password) {
        return new JdbcSettings(jdbcUrl, user, password, DEFAULT_POOL_SIZE, DEFAULT_CONNECTION_TIMEOUT, false,
                DEFAULT_REFERENCE_DATA_TTL);
    }

    /**
     * The embedded default: an H2 file database {@code contactkit} in the directory, created on first use. For
     * {@code ./contactkit-data} the URL is {@code jdbc:h2:file:./contactkit-data/contactkit}. A relative directory is
     * taken from the working directory.
     *
     * @throws IllegalArgumentException when the path holds a ';', which H2 would read as a URL setting
     */
    public static JdbcSettings embedded(Path directory) {
        // H2 refuses a relative path unless it starts with "./"
        Path explicit = directory.isAbsolute() || directory.startsWith(".") ? directory
                : Path.of(".").resolve(directory);
        String location = explicit.resolve("contactkit").toString().replace('\\', '/');
        if (location.indexOf(';') >= 0) {
            throw new IllegalArgumentException("an H2 database directory must not contain ';': " + directory);
        }
        return of("jdbc:h2:file:" + location, "sa", "");
    }

    public JdbcSettings withPoolSize(int size) {
        return new JdbcSettings(jdbcUrl, user, password, size, connectionTimeout, closedCustomFieldCatalog,
                referenceDataTtl);
    }

    public JdbcSettings withConnectionTimeout(Duration timeout) {
        return new JdbcSettings(jdbcUrl, user, password, poolSize, timeout, closedCustomFieldCatalog,
                referenceDataTtl);
    }

    public JdbcSettings withClosedCustomFieldCatalog(boolean closed) {
        return new JdbcSettings(jdbcUrl, user, password, poolSize, connectionTimeout, closed, referenceDataTtl);
    }

    public JdbcSettings withReferenceDataTtl(Duration ttl) {
        return new JdbcSettings(jdbcUrl, user, password, poolSize, connectionTimeout, closedCustomFieldCatalog, ttl);
    }

    /** Leaves the password and the URL's parameters out, so settings can be logged. */
    @Override
    public String toString() {
        return "JdbcSettings[jdbcUrl=" + displayUrl() + ", user=" + user
                + ", password=" + (password.isEmpty() ? "" : "***")
                + ", poolSize=" + poolSize
                + ", connectionTimeout=" + connectionTimeout
                + ", closedCustomFieldCatalog=" + closedCustomFieldCatalog
                + ", referenceDataTtl=" + referenceDataTtl + "]";
    }

    /**
     * The URL the store connects with. An H2 database in files is told to write each commit to its file before the
     * commit returns (WRITE_DELAY=0): by default H2 keeps commits in memory for up to half a second, and a process
     * killed in that time loses changes it had acknowledged. A URL that sets WRITE_DELAY itself is taken as it is.
     * That the state written is whole is {@link WriteTransactions}' part.
     */
    String connectionUrl() {
        boolean h2Files = jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:h2:mem:");
        boolean delaySet = jdbcUrl.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=");
        return h2Files && !delaySet ? jdbcUrl + ";WRITE_DELAY=0" : jdbcUrl;
    }

    /** The URL without its parameters, which may carry credentials. */
    String displayUrl() {
        int parameters = jdbcUrl.indexOf(jdbcUrl.startsWith("jdbc:h2:") ? ';' : '?');
        return parameters < 0 ? jdbcUrl : jdbcUrl.substring(0, parameters) + "...";
    }
}
