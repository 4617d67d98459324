package io.contactkit.serialization;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A media type as a header names it ({@code application/json; charset=utf-8}), type and subtype in lower case: the
 * one reading of the syntax (RFC 9110, section 8.3.1) for the body's Content-Type and for the ranges of an Accept
 * header alike.
 *
 * @param type       the type, e.g. {@code application}, or {@code *} in a range
 * @param subtype    the subtype, e.g. {@code json}, or {@code *} in a range
 * @param parameters parameter name (lower case) to value (unquoted), in the order given
 */
public record MediaType(String type, String subtype, Map<String, String> parameters) {

    public MediaType {
        parameters = Map.copyOf(parameters);
    }

    /** The media type a header value names; empty when it does not have the {@code type/subtype} form. */
    public static Optional<MediaType> parse(String text) {
        // -1 keeps the empty parts: a header of nothing but ';' still has a (blank, so refused) first part
        String[] parts = text.split(";", -1);
        String[] typeAndSubtype = parts[0].trim().toLowerCase(Locale.ROOT).split("/", -1);
        if (typeAndSubtype.length != 2 || typeAndSubtype[0].isEmpty() || typeAndSubtype[1].isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            if (equals >= 0) {
                parameters.put(parts[i].substring(0, equals).trim().toLowerCase(Locale.ROOT),
                        unquoted(parts[i].substring(equals + 1).trim()));
            }
        }
        return Optional.of(new MediaType(typeAndSubtype[0], typeAndSubtype[1], parameters));
    }

    /** Type and subtype without parameters, e.g. {@code application/json}. */
    public String essence() {
        return type + "/" + subtype;
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
