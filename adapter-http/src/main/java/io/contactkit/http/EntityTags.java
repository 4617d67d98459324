package io.contactkit.http;

import io.contactkit.domain.Preconditions.Versions;
import io.contactkit.domain.failure.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Entity tags (RFC 9110, section 8.8.3) of stored contacts: a strong tag per stored version, {@code "7"}, and the
 * lists of them that If-Match and If-None-Match send.
 */
final class EntityTags {

    private EntityTags() {
    }

    /** The strong tag of a stored version. */
    static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The versions an {@code If-Match} header names, compared strongly: a weak tag matches none, nor does a tag this
     * server never answered.
     *
     * @throws InvalidInputException naming the header where it is not an entity-tag list: a client that meant to
     *                               guard its write must not have it done unguarded
     */
    static Versions ifMatch(String header) {
        return versions("If-Match", header, false);
    }

    /** The versions an {@code If-None-Match} header names, compared weakly: {@code W/"7"} names version 7. */
    static Versions ifNoneMatch(String header) {
        return versions("If-None-Match", header, true);
    }

    private static Versions versions(String name, String header, boolean weakMatches) {
        String value = header.trim();
        if (value.equals("*")) {
            return Versions.any();
        }
        List<Long> versions = new ArrayList<>();
        int at = 0;
        while (at < value.length()) {
            at = skipListSpace(value, at);
            if (at >= value.length()) {
                break;
            }
            boolean weak = value.startsWith("W/", at);
            int open = weak ? at + 2 : at;
            int close = open < value.length() && value.charAt(open) == '"' ? value.indexOf('"', open + 1) : -1;
            if (close < 0 || !opaque(value, open + 1, close)) {
                throw notATagList(name, header);
            }
            Long version = version(value.substring(open + 1, close));
            if (version != null && (weakMatches || !weak)) {
                versions.add(version);
            }
            at = skipSpace(value, close + 1);
            if (at < value.length() && value.charAt(at) != ',') {
                throw notATagList(name, header);
            }
        }
        return Versions.of(versions);
    }

    private static InvalidInputException notATagList(String name, String header) {
        return InvalidInputException.of(name, "'" + LoggedText.of(header) + "' is not a list of entity tags such as"
                + " \"7\", W/\"7\" or *");
    }

    /** etagc: any visible character but the double quote, and obs-text. */
    private static boolean opaque(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c == 0x7F || c > 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** The version a tag of this server names, or null for any other tag. */
    private static Long version(String opaque) {
        if (opaque.isEmpty() || opaque.length() > 18 || !opaque.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Long.parseLong(opaque);
    }

    private static int skipListSpace(String value, int at) {
        int i = at;
        while (i < value.length() && (value.charAt(i) == ',' || value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static int skipSpace(String value, int at) {
        int i = at;
        while (i < value.length() && (value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
