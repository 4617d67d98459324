package io.contactkit.domain.schema;

import java.util.List;
import java.util.Map;

/**
 * Walks every scalar value and dictionary key of a carrier, with its wire path: what rules on single values read.
 * The walk runs on every write and almost never finds a fault, so a path is spelled out only when a visitor asks.
 */
final class ScalarWalk {

    /** Told of each value that is not null, and of each dictionary key. */
    interface Visitor {

        void scalar(ScalarKind kind, Object value, WirePath path);

        void key(String key, WirePath path);
    }

    /** Where a value sits in the carrier; {@link #toString()} spells it the way violations name it. */
    static final class WirePath {

        private final WirePath parent;
        private final String name;
        private final int index;

        private WirePath(WirePath parent, String name, int index) {
            this.parent = parent;
            this.name = name;
            this.index = index;
        }

        private WirePath member(String member) {
            return new WirePath(this, member, -1);
        }

        private WirePath item(int item) {
            return new WirePath(this, null, item);
        }

        @Override
        public String toString() {
            StringBuilder spelled = new StringBuilder();
            spell(spelled);
            return spelled.toString();
        }

        private void spell(StringBuilder spelled) {
            if (parent == null) {
                return;
            }
            parent.spell(spelled);
            if (name == null) {
                spelled.append('[').append(index).append(']');
            } else {
                if (!spelled.isEmpty()) {
                    spelled.append('.');
                }
                spelled.append(name);
            }
        }
    }

    private static final WirePath ROOT = new WirePath(null, null, -1);

    private ScalarWalk() {
    }

    static void walk(Record carrier, Visitor visitor) {
        carrier(carrier, ROOT, visitor);
    }

    private static void carrier(Record carrier, WirePath path, Visitor visitor) {
        for (Property property : CarrierModel.of(carrier.getClass()).properties()) {
            value(property.type(), property.read(carrier), path.member(property.name()), visitor);
        }
    }

    private static void value(ValueType type, Object value, WirePath path, Visitor visitor) {
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
                value(list.element(), items.get(i), path.item(i), visitor);
            }
        } else {
            ValueType entries = ((ValueType.Dictionary) type).value();
            ((Map<?, ?>) value).forEach((key, entry) -> {
                WirePath at = path.member((String) key);
                visitor.key((String) key, at);
                value(entries, entry, at, visitor);
            });
        }
    }
}
