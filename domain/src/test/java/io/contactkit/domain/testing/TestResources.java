package io.contactkit.domain.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Text files that tests read from their class path. Everything a test reads is committed in the repository, under a
 * module's {@code src/test/resources}; nothing is read from outside the checkout.
 */
public final class TestResources {

    private TestResources() {
    }

    /** The UTF-8 text of a class-path resource, e.g. {@code "rfc6902/tests.json"}. */
    public static String text(String name) {
        try (InputStream in = TestResources.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
