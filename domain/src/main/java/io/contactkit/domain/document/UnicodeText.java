package io.contactkit.domain.document;

import io.contactkit.domain.failure.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rule that a carrier's text is whole Unicode text: no U+0000 and no unpaired surrogate. Such text cannot be kept
 * exactly by every store (PostgreSQL rejects U+0000, its driver turns a lone surrogate into '?'), so the core refuses
 * it for every store alike.
 */
public final class UnicodeText {

    private static final String MESSAGE = "holds U+0000 or an unpaired surrogate, which is not text a contact can keep";

    private UnicodeText() {
    }

    /** Every string of the carrier (values and dictionary keys) that breaks the rule, by its wire path. */
    public static List<Violation> violations(Record carrier) {
        List<Violation> violations = new ArrayList<>();
        visit(Documents.write(carrier), "", violations);
        return violations;
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
        } else if (node instanceof String text && !whole(text)) {
            violations.add(new Violation(path, MESSAGE));
        }
    }

    private static boolean whole(String text) {
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
