package io.contactkit.domain.search;

import io.contactkit.domain.failure.InvalidInputException;

/** Refusals of a query parameter, each naming the parameter and the character (from 1) where the fault is. */
final class QueryRefusal {

    /** Shown of a client's word in a message, at most: enough to recognise it, never a whole hostile input. */
    private static final int SHOWN = 40;

    private QueryRefusal() {
    }

    static InvalidInputException at(String parameter, int position, String message) {
        return InvalidInputException.of(parameter, "at character " + position + ": " + message);
    }

    /**
     * The client's text quoted for a message, cut to a readable length, control characters written as
     * {@code U+XXXX}: a message stays one line, whatever the client sent.
     */
    static String quoted(String text) {
        String cut = text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...";
        StringBuilder shown = new StringBuilder("'");
        cut.chars().forEach(c -> shown.append(Character.isISOControl(c) ? String.format("U+%04X", c)
                : String.valueOf((char) c)));
        return shown.append('\'').toString();
    }
}
