package io.contactkit.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads the query string itself: the servlet API's getParameter would also consume a form-encoded request body,
 * which the serialization adapter must read as the contact.
 */
final class QueryParameters {

    private final String query;

    QueryParameters(String query) {
        this.query = query == null ? "" : query;
    }

    /** The first value of the parameter; names match without regard to case, as in the seed pages. */
    Optional<String> first(String name) {
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (key.equalsIgnoreCase(name)) {
                return Optional.of(equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return Optional.empty();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
