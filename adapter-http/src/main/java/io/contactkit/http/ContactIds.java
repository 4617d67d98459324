package io.contactkit.http;

import io.contactkit.domain.failure.InvalidInputException;

/** Contact ids as clients write them in paths and query strings. */
final class ContactIds {

    private ContactIds() {
    }

    /** @throws InvalidInputException naming the parameter when the text is not a positive number */
    static int parse(String name, String text) {
        if (text == null || text.isEmpty()) {
            throw InvalidInputException.of(name, "a contact id is required");
        }
        try {
            int id = Integer.parseInt(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below like any other id that is not a positive number
        }
        String shown = text.length() <= 40 ? text : text.substring(0, 40) + "...";
        throw InvalidInputException.of(name, "'" + shown + "' is not a contact id (a positive number)");
    }
}
