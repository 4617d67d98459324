package io.contactkit.domain.port;

import java.util.Locale;

/**
 * How a search compares text: case does not matter, as in SuperOffice's case-insensitive database collation. Every
 * store folds both sides the same way: lower case by {@link Locale#ROOT}'s rules, a missing text as {@code ""}.
 * Folded texts are ordered by their UTF-16 code units ({@link String#compareTo}).
 */
public final class SearchText {

    private SearchText() {
    }

    public static String fold(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
