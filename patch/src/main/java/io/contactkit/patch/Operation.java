package io.contactkit.patch;

import io.contactkit.domain.failure.ConflictException;
import io.contactkit.domain.failure.InvalidInputException;
import java.util.Locale;

/**
 * One patch operation, from a JSON Patch document or derived from a merge patch.
 *
 * @param kind   what it does
 * @param target the path as the client sent it (for a merge patch: as built from the member names sent)
 * @param value  the value to add, replace with or test for; null for remove
 * @param index  the operation's index in a JSON Patch; -1 for one derived from a merge patch
 */
record Operation(Kind kind, Pointer target, Object value, int index) {

    /** The operations this module applies; RFC 6902's move and copy are refused when the patch is read. */
    enum Kind {
        ADD,
        REPLACE,
        REMOVE,
        TEST;

        private final String wireName = name().toLowerCase(Locale.ROOT);

        String wireName() {
            return wireName;
        }
    }

    static Operation fromJsonPatch(int index, Kind kind, Pointer target, Object value) {
        return new Operation(kind, target, value, index);
    }

    static Operation fromMergePatch(Kind kind, String path, Object value) {
        return new Operation(kind, Pointer.parse(path), value, -1);
    }

    /** How errors name the operation: {@code operation 2 (replace)} or {@code merge patch}. */
    String label() {
        return index < 0 ? "merge patch" : label(index, kind);
    }

    static String label(int index, Kind kind) {
        return "operation " + index + " (" + kind.wireName() + ")";
    }

    /** The path as sent. */
    String path() {
        return target.toString();
    }

    /** The operation cannot apply: the whole patch is refused. */
    InvalidInputException refused(String reason) {
        return InvalidInputException.of(path(), label() + ": " + reason);
    }

    /** A test found another value than the one the client expected. */
    ConflictException conflict(String reason) {
        return new ConflictException(path(), label() + ": " + reason);
    }

    /** The target is not there: a failed test for a test, a refusal for every other operation. */
    RuntimeException missing(String reason) {
        return kind == Kind.TEST ? conflict(reason) : refused(reason);
    }
}
