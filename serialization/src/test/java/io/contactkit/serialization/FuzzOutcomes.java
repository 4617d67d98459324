package io.contactkit.serialization;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.contactkit.domain.failure.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the fuzz tests of this module share: how an input names its Content-Type, and what every refusal must carry
 * for the client to act on it.
 */
final class FuzzOutcomes {

    private FuzzOutcomes() {
    }

    /**
     * A fuzz input whose first line is the Content-Type header and whose remaining bytes are the body, so that one
     * seed file shows both.
     */
    record Request(String contentType, byte[] body) {

        static Request of(byte[] input) {
            int newline = 0;
            while (newline < input.length && input[newline] != '\n') {
                newline++;
            }
            String contentType = new String(input, 0, newline, StandardCharsets.ISO_8859_1);
            byte[] body = newline < input.length ? Arrays.copyOfRange(input, newline + 1, input.length) : new byte[0];
            return new Request(contentType, body);
        }
    }

    /**
     * What a reader made of a fuzz input, or empty when it refused the input with an explained
     * {@link InvalidInputException} or {@link UnsupportedMediaTypeException}; any other failure escapes.
     */
    static <T> Optional<T> readOrExplainedRefusal(Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (InvalidInputException refused) {
            assertExplained(refused);
        } catch (UnsupportedMediaTypeException refused) {
            assertExplained(refused);
        }
        return Optional.empty();
    }

    /** A refusal lists at least one violation, each with a path (empty for the whole body) and a reason. */
    static void assertExplained(InvalidInputException refused) {
        assertFalse(refused.violations().isEmpty(), "a refusal says what is wrong");
        refused.violations().forEach(violation -> {
            assertNotNull(violation.path(), "every violation has a path");
            assertFalse(violation.message() == null || violation.message().isBlank(), "every violation has a reason");
        });
    }

    /** A 415 lists the media types the endpoint does read. */
    static void assertExplained(UnsupportedMediaTypeException refused) {
        assertFalse(refused.supported().isEmpty(), "a 415 says what would be read");
    }
}
