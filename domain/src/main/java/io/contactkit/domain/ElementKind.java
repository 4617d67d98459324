package io.contactkit.domain;

import io.contactkit.domain.model.EntityElement;
import java.util.Locale;
import java.util.regex.Pattern;

/** The four kinds of contact elements and how each derives its StrippedValue, the form lookups compare. */
enum ElementKind {
    EMAIL {
        @Override
        String strip(String value) {
            return value.trim().toLowerCase(Locale.ROOT);
        }
    },
    URL {
        @Override
        String strip(String value) {
            return SCHEME.matcher(value.trim()).replaceFirst("");
        }
    },
    PHONE {
        @Override
        String strip(String value) {
            return dialable(value);
        }
    },
    FAX {
        @Override
        String strip(String value) {
            return dialable(value);
        }
    };

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");

    /** The StrippedValue of an element whose Value is {@code value}. */
    abstract String strip(String value);

    EntityElement withStrippedValue(EntityElement element) {
        String value = element.value();
        return element.toBuilder().strippedValue(value == null ? null : strip(value)).build();
    }

    /** Digits only, keeping a leading + that marks an international number. */
    private static String dialable(String value) {
        String trimmed = value.trim();
        StringBuilder digits = new StringBuilder(trimmed.length());
        if (trimmed.startsWith("+")) {
            digits.append('+');
        }
        trimmed.chars().filter(Character::isDigit).forEach(c -> digits.append((char) c));
        return digits.toString();
    }
}
