package io.contactkit.benchmarks.storage;

import io.contactkit.jdbc.JdbcSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The two databases the store supports, each started fresh for a benchmark run. */
public enum Database {

    /** The embedded default: an H2 file database in a new temporary directory. */
    H2 {
        @Override
        public Running start() {
            try {
                Path directory = Files.createTempDirectory("contactkit-bench-h2");
                return new Running(JdbcSettings.embedded(directory), () -> deleteAll(directory));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    },

    /** A real PostgreSQL server from the binaries zonky ships as a Maven artifact. */
    POSTGRESQL {
        @Override
        public Running start() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                JdbcSettings settings = JdbcSettings.of("jdbc:postgresql://localhost:" + postgres.getPort()
                        + "/postgres", "postgres", "");
                return new Running(settings, postgres::close);
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded PostgreSQL server did not start", e);
            }
        }
    };

    public abstract Running start();

    private static void deleteAll(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** A started database: its settings, and how to stop it. */
    public record Running(JdbcSettings settings, Stopper stopper) implements AutoCloseable {

        @Override
        public void close() {
            try {
                stopper.stop();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @FunctionalInterface
    public interface Stopper {
        void stop() throws IOException;
    }
}
