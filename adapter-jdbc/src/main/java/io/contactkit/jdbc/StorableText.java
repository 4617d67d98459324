package io.contactkit.jdbc;

import io.contactkit.domain.document.Documents;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.Violation;
import io.contactkit.domain.model.ContactEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Refuses text the store could not give back exactly: U+0000, which PostgreSQL rejects, and unpaired surrogates,
 * which its driver silently turns into '?'. H2 would keep both; they are refused on every database alike, so a
 * contact saves the same wherever it is kept. Each violation names the property by its wire path.
 */
final class StorableText {

    private static final String MESSAGE = "holds U+0000 or an unpaired surrogate, which the contact store cannot keep";

    private StorableText() {
    }

    static void check(ContactEntity contact) {
        List<Violation> violations = new ArrayList<>();
        visit(Documents.write(contact), "", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void visit(Object node, String path, List<Violation> violations) {
        if (node instanceof Map<?, ?> properties) {
            properties.forEach((name, value) -> {
                String child = path.isEmpty() ? name.toString() : path + "." + name;
                visit(name, child, violations);
                visit(value, child, violations);
            });
        } else if (node instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                visit(items.get(i), path + "[" + i + "]", violations);
            }
        } else if (node instanceof String text && !storable(text)) {
            violations.add(new Violation(path, MESSAGE));
        }
    }

    private static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
