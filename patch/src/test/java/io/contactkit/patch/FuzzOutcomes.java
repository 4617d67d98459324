package io.contactkit.patch;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.contactkit.domain.failure.ConflictException;
import io.contactkit.domain.failure.InvalidInputException;
import java.util.Optional;
import java.util.function.Supplier;

/** The outcomes the fuzz tests of this module allow, and what each must carry for the client to act on it. */
final class FuzzOutcomes {

    private FuzzOutcomes() {
    }

    /** The patch read from the body; empty when it was refused, with an explanation. */
    static Optional<PatchDocument> parsed(Object body) {
        try {
            return Optional.of(PatchDocument.parse(body));
        } catch (InvalidInputException refused) {
            assertExplained(refused);
            return Optional.empty();
        }
    }

    /**
     * What applying gave; empty when the patch was refused or its {@code test} failed, with an explanation. Any
     * other exception escapes and is a finding.
     */
    static <T> Optional<Applied<T>> applied(Supplier<T> application) {
        try {
            return Optional.of(new Applied<>(application.get()));
        } catch (InvalidInputException refused) {
            assertExplained(refused);
        } catch (ConflictException failedTest) {
            assertFalse(failedTest.getMessage() == null || failedTest.getMessage().isBlank(), "a failed test says why");
        }
        return Optional.empty();
    }

    private static void assertExplained(InvalidInputException refused) {
        assertFalse(refused.violations().isEmpty(), "a refusal says what is wrong");
        refused.violations().forEach(violation ->
                assertFalse(violation.message().isBlank(), "every violation has a reason"));
    }

    /** What a patch that applied gave; a plain document may become JSON null. */
    record Applied<T>(T result) {
    }
}
