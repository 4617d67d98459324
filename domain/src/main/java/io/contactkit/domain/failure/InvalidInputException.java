package io.contactkit.domain.failure;

import java.util.List;
import java.util.stream.Collectors;

/** Input the core refuses: every violation names the property path at fault. */
public final class InvalidInputException extends ContactKitException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(summary(violations));
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String path, String message) {
        return new InvalidInputException(List.of(new Violation(path, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String summary(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid-input failure needs at least one violation");
        }
        return violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
