package io.contactkit.benchmarks.scale;

import io.contactkit.benchmarks.storage.Database;
import io.contactkit.jdbc.JdbcSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The embedded PostgreSQL of one scale, on a data directory of its own. JMH runs each benchmark method in a fork of
 * its own, so a directory named by {@value #KEEP_DIRECTORY} (benchmarks/run.sh sets it for the run) keeps each
 * scale's filled database from one fork to the next; without it each fork fills a new directory and deletes it.
 * Like the other embedded servers, zonky starts PostgreSQL through {@code unshare -U} when run as root.
 */
final class ScaleDatabase {

    /** The environment variable naming the directory that keeps the filled databases; forks inherit it. */
    static final String KEEP_DIRECTORY = "CONTACTKIT_SCALE_DB_DIR";

    /**
     * PostgreSQL's default (128 MB) is sized for a laptop, not for the 3 GB that 10^6 contacts take: with it a PATCH
     * at 10^6 measures the page cache and full-page writes rather than the product. A production server is given a
     * good share of its memory; 1 GB of this 24 GiB machine is a modest one. The same for every scale.
     */
    private static final String SHARED_BUFFERS = "1GB";

    private ScaleDatabase() {
    }

    /** Starts the database that holds (or will hold) {@code contacts} contacts. */
    static Database.Running start(int contacts) {
        try {
            String kept = System.getenv(KEEP_DIRECTORY);
            if (kept == null || kept.isBlank()) {
                Path directory = Files.createTempDirectory("contactkit-scale-" + contacts);
                return start(directory, () -> deleteAll(directory));
            }
            return start(Path.of(kept).resolve("contacts-" + contacts), () -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Database.Running start(Path dataDirectory, Database.Stopper afterStop) throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("shared_buffers", SHARED_BUFFERS)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .start();
        JdbcSettings settings = JdbcSettings.of("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "postgres", "");
        return new Database.Running(settings, () -> {
            postgres.close();
            afterStop.stop();
        });
    }

    private static void deleteAll(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
