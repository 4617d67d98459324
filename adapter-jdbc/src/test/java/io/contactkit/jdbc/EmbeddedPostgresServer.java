package io.contactkit.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;

/**
 * A real PostgreSQL server for one test class, from the binaries zonky ships as a Maven artifact. PostgreSQL refuses
 * to run as root; zonky starts it through {@code unshare -U} where that is available (as on this build machine),
 * so the server runs as an unprivileged user even when the build runs as root.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start() {
        try {
            return new EmbeddedPostgresServer(EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL server did not start", e);
        }
    }

    /** The server's database {@code postgres}, as its superuser (trusted, no password). */
    JdbcSettings settings() {
        return JdbcSettings.of("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "");
    }

    /** The same database as a data source an application would hand the store: one new connection per call. */
    DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    /** Stops the server. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL server did not stop", e);
        }
    }
}
