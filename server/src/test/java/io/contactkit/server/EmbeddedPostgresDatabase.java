package io.contactkit.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** A real PostgreSQL server from Maven's binaries, one per test class. */
final class EmbeddedPostgresDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresDatabase start() {
        try {
            return new EmbeddedPostgresDatabase(EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    /** The server's {@code --db}, {@code --db-user} and {@code --db-password} for it. */
    List<String> serverArgs() {
        return List.of("--db", jdbcUrl(), "--db-user", "postgres", "--db-password", "postgres");
    }

    /** Its database {@code postgres}, whose user {@code postgres} it lets in with any password. */
    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
