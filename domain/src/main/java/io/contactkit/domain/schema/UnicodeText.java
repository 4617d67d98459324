package io.contactkit.domain.schema;

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
        carrier(carrier, "", violations);
        return violations;
    }

    private static void carrier(Record carrier, String path, List<Violation> violations) {
        for (Property property : CarrierModel.of(carrier.getClass()).properties()) {
            value(property.type(), property.read(carrier), join(path, property.name()), violations);
        }
    }

    private static void value(ValueType type, Object value, String path, List<Violation> violations) {
        if (value == null) {
            return;
        }
        if (type instanceof ValueType.Scalar scalar) {
            if (scalar.kind() == ScalarKind.STRING) {
                check((String) value, path, violations);
            }
        } else if (type instanceof ValueType.Carrier) {
            carrier((Record) value, path, violations);
        } else if (type instanceof ValueType.ListOf list) {
            List<?> items = (List<?>) value;
            for (int i = 0; i < items.size(); i++) {
                value(list.element(), items.get(i), path + "[" + i + "]", violations);
            }
        } else {
            ValueType entries = ((ValueType.Dictionary) type).value();
            ((Map<?, ?>) value).forEach((key, entry) -> {
                String at = join(path, (String) key);
                check((String) key, at, violations);
                value(entries, entry, at, violations);
            });
        }
    }

    private static void check(String text, String path, List<Violation> violations) {
        if (!whole(text)) {
            violations.add(new Violation(path, MESSAGE));
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
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
