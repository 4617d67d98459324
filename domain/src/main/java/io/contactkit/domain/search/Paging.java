package io.contactkit.domain.search;

/** {@code $top} and {@code $skip}: whole numbers, {@code $top} at most {@value #MAX_TOP}. */
final class Paging {

    static final String TOP = "$top";
    static final String SKIP = "$skip";
    /** Rows a page holds when {@code $top} is not given. */
    static final int DEFAULT_TOP = 100;
    /** The most rows one page holds; a longer result continues by {@code odata.nextLink}. */
    static final int MAX_TOP = 1000;

    private Paging() {
    }

    static int top(String top) {
        int rows = whole(TOP, top, DEFAULT_TOP);
        if (rows > MAX_TOP) {
            throw QueryRefusal.at(TOP, 1, "a page holds at most " + MAX_TOP + " rows; follow odata.nextLink"
                    + " for more");
        }
        return rows;
    }

    static int skip(String skip) {
        return whole(SKIP, skip, 0);
    }

    private static int whole(String parameter, String text, int absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        String trimmed = text.strip();
        if (trimmed.matches("\\+?\\d{1,10}")) {
            long value = Long.parseLong(trimmed);
            if (value <= Integer.MAX_VALUE) {
                return (int) value;
            }
        }
        throw QueryRefusal.at(parameter, 1, QueryRefusal.quoted(text) + " is not a whole number from 0 to "
                + Integer.MAX_VALUE);
    }
}
