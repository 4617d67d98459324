package io.contactkit.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a JSON Merge Patch (RFC 7396) into the operations that have its effect on one document: a null member
 * becomes a remove, an object member onto an object is followed member by member, anything else becomes an add or a
 * replace. Members that would change nothing give no operation, and what the server writes and owns is passed over
 * whatever it holds, so a client may send back what it was given.
 */
final class MergePatch {

    private MergePatch() {
    }

    static List<Operation> operations(Object patch, Object document, Schema schema) {
        List<Operation> operations = new ArrayList<>();
        if (patch instanceof Map<?, ?> members && document instanceof Map<?, ?> target) {
            members("", members, target, schema, operations);
        } else {
            operations.add(Operation.fromMergePatch(Operation.Kind.REPLACE, "", JsonValues.withoutNullMembers(patch)));
        }
        return operations;
    }

    private static void members(String at, Map<?, ?> patch, Map<?, ?> target, Schema schema,
                                List<Operation> operations) {
        for (Map.Entry<?, ?> member : patch.entrySet()) {
            String name = String.valueOf(member.getKey());
            if (schema.ignoredInMergePatch(name)) {
                continue;
            }
            String path = at + "/" + Pointer.escape(name);
            Object value = member.getValue();
            String key = schema.key(name);
            if (key == null) {
                // the engine names what is wrong with the member
                operations.add(Operation.fromMergePatch(value == null ? Operation.Kind.REMOVE : Operation.Kind.ADD,
                        path, value));
                continue;
            }
            boolean present = target.containsKey(key);
            Object current = target.get(key);
            Schema below = schema.member(key);
            if (value == null) {
                // a fixed member is never absent: when it is null already there is nothing to remove
                if (present && (below.written(current) != null || !schema.fixedMembers())) {
                    operations.add(Operation.fromMergePatch(Operation.Kind.REMOVE, path, null));
                }
            } else if (value instanceof Map<?, ?> nested && current instanceof Map<?, ?> existing) {
                members(path, nested, existing, below, operations);
            } else if (!present || !JsonValues.equal(below.written(current), value)) {
                operations.add(Operation.fromMergePatch(present ? Operation.Kind.REPLACE : Operation.Kind.ADD, path,
                        JsonValues.withoutNullMembers(value)));
            }
        }
    }
}
