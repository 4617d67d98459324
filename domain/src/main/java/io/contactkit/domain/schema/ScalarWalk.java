package io.contactkit.domain.schema;

import java.util.List;
import java.util.Map;

/** Walks every scalar value and dictionary key of a carrier, with its wire path: what rules on single values read. */
final class ScalarWalk {

    /** Told of each value that is not null, and of each dictionary key. */
    interface Visitor {

        void scalar(ScalarKind kind, Object value, String path);

        void key(String key, String path);
    }

    private ScalarWalk() {
    }

    static void walk(Record carrier, Visitor visitor) {
        carrier(carrier, "", visitor);
    }

    private static void carrier(Record carrier, String path, Visitor visitor) {
        for (Property property : CarrierModel.of(carrier.getClass()).properties()) {
            value(property.type(), property.read(carrier), join(path, property.name()), visitor);
        }
    }

    private static void value(ValueType type, Object value, String path, Visitor visitor) {
        if (value == null) {
            return;
        }
        if (type instanceof ValueType.Scalar scalar) {
            visitor.scalar(scalar.kind(), value, path);
        } else if (type instanceof ValueType.Carrier) {
            carrier((Record) value, path, visitor);
        } else if (type instanceof ValueType.ListOf list) {
            List<?> items = (List<?>) value;
            for (int i = 0; i < items.size(); i++) {
                value(list.element(), items.get(i), path + "[" + i + "]", visitor);
            }
        } else {
            ValueType entries = ((ValueType.Dictionary) type).value();
            ((Map<?, ?>) value).forEach((key, entry) -> {
                String at = join(path, (String) key);
                visitor.key((String) key, at);
                value(entries, entry, at, visitor);
            });
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
