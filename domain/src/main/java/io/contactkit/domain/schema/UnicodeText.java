package io.contactkit.domain.schema;

import io.contactkit.domain.failure.Violation;
import java.util.ArrayList;
import java.util.List;

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
        ScalarWalk.walk(carrier, new ScalarWalk.Visitor() {
            @Override
            public void scalar(ScalarKind kind, Object value, ScalarWalk.WirePath path) {
                if (kind == ScalarKind.STRING) {
                    check((String) value, path, violations);
                }
            }

            @Override
            public void key(String key, ScalarWalk.WirePath path) {
                check(key, path, violations);
            }
        });
        return violations;
    }

    private static void check(String text, ScalarWalk.WirePath path, List<Violation> violations) {
        if (!whole(text)) {
            violations.add(new Violation(path.toString(), MESSAGE));
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
