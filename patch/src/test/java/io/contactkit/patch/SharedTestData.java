package io.contactkit.patch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the shared directory beside the clone (RFC suites, seed pages), located by the build. */
final class SharedTestData {

    private SharedTestData() {
    }

    static String read(String relativePath) {
        String shared = System.getProperty("contactkit.shared.dir");
        if (shared == null || shared.isBlank()) {
            throw new IllegalStateException("system property contactkit.shared.dir is not set; run the tests with "
                    + "Maven");
        }
        try {
            return Files.readString(Path.of(shared, relativePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
