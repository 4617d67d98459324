package io.contactkit.patch;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a JSON Patch document (RFC 6902) from its tree into operations, refusing every malformed one at once. */
final class OperationParser {

    private static final String SUPPORTED = "use add, replace, remove or test";

    private final List<Violation> violations = new ArrayList<>();

    private OperationParser() {
    }

    /**
     * @throws InvalidInputException naming each operation at fault by its index: not an object, without op, path or
     *                               value, with an unknown op or one this API does not support (move, copy)
     */
    static List<Operation> parse(List<?> document) {
        OperationParser parser = new OperationParser();
        List<Operation> operations = new ArrayList<>(document.size());
        for (int i = 0; i < document.size(); i++) {
            Operation operation = parser.operation(i, document.get(i));
            if (operation != null) {
                operations.add(operation);
            }
        }
        if (!parser.violations.isEmpty()) {
            throw new InvalidInputException(parser.violations);
        }
        return operations;
    }

    private Operation operation(int index, Object item) {
        if (!(item instanceof Map<?, ?> members)) {
            return refuse("[" + index + "]", "operation " + index + " must be an object with op, path and value, not "
                    + JsonValues.kind(item));
        }
        Operation.Kind kind = kind(index, members.get("op"), members.containsKey("op"));
        if (kind == null) {
            return null;
        }
        Object path = members.get("path");
        if (!(path instanceof String text)) {
            return refuse("[" + index + "].path", Operation.label(index, kind) + (members.containsKey("path")
                    ? ": path must be a string, not " + JsonValues.kind(path) : " has no path"));
        }
        if (kind != Operation.Kind.REMOVE && !members.containsKey("value")) {
            return refuse("[" + index + "].value", Operation.label(index, kind) + " has no value");
        }
        Pointer target;
        try {
            target = Pointer.parse(text);
        } catch (IllegalArgumentException e) {
            return refuse(text, Operation.label(index, kind) + ": the path is not a JSON Pointer: " + e.getMessage());
        }
        return Operation.fromJsonPatch(index, kind, target, members.get("value"));
    }

    private Operation.Kind kind(int index, Object op, boolean present) {
        if (!(op instanceof String name)) {
            return refuse("[" + index + "].op", "operation " + index + (present ? ": op must be a string, not " + JsonValues.kind(op)
                    : " has no op") + "; " + SUPPORTED);
        }
        switch (name) {
            case "add":
                return Operation.Kind.ADD;
            case "replace":
                return Operation.Kind.REPLACE;
            case "remove":
                return Operation.Kind.REMOVE;
            case "test":
                return Operation.Kind.TEST;
            case "move":
            case "copy":
                return refuse("[" + index + "].op", "operation " + index + " (" + name + ") is not supported; "
                        + SUPPORTED);
            default:
                return refuse("[" + index + "].op", "operation " + index + ": '" + name
                        + "' is not a JSON Patch operation; "
                        + SUPPORTED);
        }
    }

    private <T> T refuse(String path, String message) {
        violations.add(new Violation(path, message));
        return null;
    }
}
