package io.contactkit.http;

import io.contactkit.domain.failure.InvalidInputException;
import java.util.regex.Pattern;

/** Contact ids as clients write them in paths and query strings. */
final class ContactIds {

    private static final Pattern ASCII_DIGITS = Pattern.compile("[0-9]+");

    private ContactIds() {
    }

    /**
     * Only ASCII digits make an id, so each contact has one path: {@code Integer.parseInt} alone would also take
     * {@code +1} and digits of other scripts.
     *
     * @throws InvalidInputException naming the parameter when the text is not a positive number
     */
    static int parse(String name, String text) {
        if (text == null || text.isEmpty()) {
            throw InvalidInputException.of(name, "a contact id is required");
        }
        if (ASCII_DIGITS.matcher(text).matches()) {
            try {
                int id = Integer.parseInt(text);
                if (id > 0) {
                    return id;
                }
            } catch (NumberFormatException e) {
                // too large for an id: reported below like any other text that is not one
            }
        }
        String shown = text.length() <= 40 ? text : text.substring(0, 40) + "...";
        throw InvalidInputException.of(name, "'" + shown + "' is not a contact id (a positive number)");
    }
}
