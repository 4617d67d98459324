package io.contactkit.domain.search;

import io.contactkit.domain.port.SearchPosition;
import io.contactkit.domain.port.SearchQuery.SortKey;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The {@code $skiptoken} of an {@code odata.nextLink}: where the page ended, as the keys of the last row in the
 * search's order and its ContactId, so the next page starts right after it. URL-safe base64 of
 * {@code s<length>:<text>} per text key, {@code n<number>;} per number key and {@code i<id>}. The token is the
 * client's to send back, so decoding checks it whole against the order it continues.
 */
final class SkipToken {

    static final String PARAMETER = "$skiptoken";
    private static final int MAX_LENGTH = 8192;

    private SkipToken() {
    }

    static String encode(SearchPosition position) {
        StringBuilder text = new StringBuilder();
        for (Object key : position.keys()) {
            if (key instanceof String string) {
                text.append('s').append(string.length()).append(':').append(string);
            } else {
                text.append('n').append(key).append(';');
            }
        }
        text.append('i').append(position.contactId());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString()
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The position a token names, for this order; null for no token. */
    static SearchPosition decode(String token, List<SortKey> order) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        if (token.length() > MAX_LENGTH) {
            throw refused("is longer than any this server writes");
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw refused("was not written by this server (not URL-safe base64)");
        }
        try {
            return parse(text, SearchPosition.keyTypes(order));
        } catch (RuntimeException e) {
            throw refused("does not continue this query: send the odata.nextLink as it came, with the same $orderBy");
        }
    }

    private static SearchPosition parse(String text, List<Class<?>> types) {
        List<Object> keys = new ArrayList<>();
        int at = 0;
        for (Class<?> type : types) {
            char kind = text.charAt(at);
            if (type == String.class && kind == 's') {
                int colon = text.indexOf(':', at);
                int length = Integer.parseInt(text.substring(at + 1, colon));
                keys.add(text.substring(colon + 1, colon + 1 + length));
                at = colon + 1 + length;
            } else if (type == Long.class && kind == 'n') {
                int semicolon = text.indexOf(';', at);
                keys.add(Long.parseLong(text.substring(at + 1, semicolon)));
                at = semicolon + 1;
            } else {
                throw new IllegalArgumentException("key " + keys.size());
            }
        }
        if (text.charAt(at) != 'i') {
            throw new IllegalArgumentException("no id");
        }
        return new SearchPosition(keys, Integer.parseInt(text.substring(at + 1)));
    }

    private static RuntimeException refused(String why) {
        return QueryRefusal.at(PARAMETER, 1, "this $skiptoken " + why);
    }
}
