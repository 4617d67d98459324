package io.contactkit.patch;

import java.util.List;
import java.util.Map;

/**
 * Applies operations, one after the other, to a document it may change in place: a plain tree, or a contact's
 * {@link WorkingCopy}, whose objects are maps and whose arrays are lists too. The caller hands it a working copy and
 * drops it when an operation fails, which is what makes a patch all or nothing. JSON Patch and merge patch both end
 * here.
 */
final class PatchEngine {

    private final Schema rootSchema;
    private Object root;

    PatchEngine(Schema rootSchema, Object root) {
        this.rootSchema = rootSchema;
        this.root = root;
    }

    /** The document after every operation. */
    Object apply(List<Operation> operations) {
        for (Operation operation : operations) {
            apply(operation);
        }
        return root;
    }

    private void apply(Operation operation) {
        Pointer target = operation.target();
        if (target.slashless() && rootSchema.requiresLeadingSlash()) {
            throw operation.refused("a JSON Pointer must start with '/'");
        }
        if (target.isRoot()) {
            applyToRoot(operation);
            return;
        }
        Object parent = root;
        Schema schema = rootSchema;
        int last = target.size() - 1;
        for (int i = 0; i < last; i++) {
            if (parent instanceof Map) {
                Map<String, Object> object = object(parent);
                String key = key(operation, schema, i);
                if (!object.containsKey(key)) {
                    throw operation.missing("there is no " + quoted(target, i + 1));
                }
                parent = object.get(key);
                schema = schema.member(key);
            } else if (parent instanceof List) {
                List<Object> array = array(parent);
                parent = array.get(existingIndex(operation, array, i));
                schema = schema.element();
            } else {
                throw operation.missing(noMembers(target, i, schema.written(parent)));
            }
        }
        if (parent instanceof Map) {
            onMember(operation, object(parent), schema, last);
        } else if (parent instanceof List) {
            onElement(operation, array(parent), schema, last);
        } else {
            throw operation.missing(noMembers(target, last, schema.written(parent)));
        }
    }

    private void applyToRoot(Operation operation) {
        switch (operation.kind()) {
            case TEST:
                test(operation, rootSchema, root);
                return;
            case REMOVE:
                throw operation.refused("the whole document cannot be removed");
            default:
                if (!rootSchema.replaceableAsWhole()) {
                    throw operation.refused("a patch cannot replace the whole document; name the properties to change");
                }
                root = rootSchema.accept(operation, operation.value());
        }
    }

    private void onMember(Operation operation, Map<String, Object> object, Schema schema, int at) {
        String key = key(operation, schema, at);
        switch (operation.kind()) {
            case ADD:
                object.put(key, schema.member(key).accept(operation, operation.value()));
                return;
            case REPLACE:
                requireMember(operation, object, key, at);
                object.put(key, schema.member(key).accept(operation, operation.value()));
                return;
            case REMOVE:
                requireMember(operation, object, key, at);
                if (schema.fixedMembers()) {
                    object.put(key, schema.member(key).accept(operation, null));
                } else {
                    object.remove(key);
                }
                return;
            default:
                requireMember(operation, object, key, at);
                test(operation, schema.member(key), object.get(key));
        }
    }

    private void onElement(Operation operation, List<Object> array, Schema schema, int at) {
        Pointer target = operation.target();
        if (operation.kind() == Operation.Kind.ADD) {
            String token = target.token(at);
            int index = token.equals("-") ? array.size() : index(operation, at);
            if (index > array.size()) {
                throw operation.refused("index " + token + " is past the end of " + quoted(target, at) + ", which has "
                        + elements(array.size()) + "; use " + target.prefix(at) + "/- to append");
            }
            array.add(index, schema.element().accept(operation, operation.value()));
            return;
        }
        int index = existingIndex(operation, array, at);
        switch (operation.kind()) {
            case REPLACE:
                array.set(index, schema.element().accept(operation, operation.value()));
                return;
            case REMOVE:
                array.remove(index);
                return;
            default:
                test(operation, schema.element(), array.get(index));
        }
    }

    private static void test(Operation operation, Schema schema, Object actual) {
        Object written = schema.written(actual);
        if (!JsonValues.equal(written, schema.comparable(operation.value()))) {
            throw operation.conflict(where(operation.target(), operation.target().size()) + " is "
                    + JsonValues.render(written) + ", not " + JsonValues.render(operation.value()));
        }
    }

    /** The key of the member the token at {@code at} names, refused if unknown or, for a change, read-only. */
    private static String key(Operation operation, Schema schema, int at) {
        String token = operation.target().token(at);
        String key = schema.key(token);
        if (key == null) {
            throw operation.refused(schema.unknownMember(token));
        }
        if (operation.kind() != Operation.Kind.TEST && schema.readOnly(key)) {
            throw operation.refused(key + " is set by the server and cannot be changed");
        }
        return key;
    }

    private static void requireMember(Operation operation, Map<String, Object> object, String key, int at) {
        if (!object.containsKey(key)) {
            throw operation.missing("there is no " + quoted(operation.target(), at + 1));
        }
    }

    private static int existingIndex(Operation operation, List<Object> array, int at) {
        Pointer target = operation.target();
        if (target.token(at).equals("-")) {
            throw operation.missing("'-' names the element after the last of " + quoted(target, at)
                    + ", which does not exist yet");
        }
        int index = index(operation, at);
        if (index >= array.size()) {
            throw operation.missing("index " + target.token(at) + " is out of range: " + quoted(target, at) + " has "
                    + elements(array.size()));
        }
        return index;
    }

    /** An array index as RFC 6901 spells it: digits without leading zeros. */
    private static int index(Operation operation, int at) {
        String token = operation.target().token(at);
        boolean digits = !token.isEmpty() && token.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!digits || token.length() > 1 && token.charAt(0) == '0') {
            throw operation.refused("'" + token + "' is not an array index (0, 1, 2, ... or - to append) for "
                    + quoted(operation.target(), at));
        }
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException tooLarge) {
            // no array has that many elements, so the caller's range check refuses it
            return Integer.MAX_VALUE;
        }
    }

    private static String noMembers(Pointer target, int at, Object value) {
        String what = where(target, at) + " is " + JsonValues.kind(value) + ", so it has no member '"
                + target.token(at) + "'";
        return value == null ? what + "; set it to an object first" : what;
    }

    private static String where(Pointer target, int count) {
        return count == 0 ? "the document" : target.prefix(count);
    }

    private static String quoted(Pointer target, int count) {
        return count == 0 ? "the document" : "'" + target.prefix(count) + "'";
    }

    private static String elements(int count) {
        return count == 1 ? "1 element" : count + " elements";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> array(Object value) {
        return (List<Object>) value;
    }
}
