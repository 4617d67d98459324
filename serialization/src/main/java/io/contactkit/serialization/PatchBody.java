package io.contactkit.serialization;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A patch request body as a plain tree, for the patch module to interpret.
 *
 * @param kind which patch format the body is
 * @param tree a {@code List} of operation objects for {@link Kind#JSON_PATCH}, a {@code Map} for
 *             {@link Kind#MERGE_PATCH}; built of LinkedHashMap, ArrayList, String, Integer, Long, BigInteger,
 *             Double, Boolean and null
 */
public record PatchBody(Kind kind, Object tree) {

    public enum Kind {
        /** RFC 6902: an array of operations. */
        JSON_PATCH,
        /** RFC 7396: an object whose members replace, and whose nulls remove. */
        MERGE_PATCH
    }

    public PatchBody {
        Objects.requireNonNull(kind, "kind");
        boolean fits = kind == Kind.JSON_PATCH ? tree instanceof List : tree instanceof Map;
        if (!fits) {
            throw new IllegalArgumentException(kind + " needs a " + (kind == Kind.JSON_PATCH ? "list" : "map"));
        }
    }
}
