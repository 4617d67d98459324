package io.contactkit.patch;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON semantics of document trees (maps, lists, strings, numbers, booleans, null): equality, copies, rendering. */
final class JsonValues {

    /** Values quoted in error messages are cut here, so a huge value cannot blow up a response. */
    private static final int RENDERED_LENGTH = 120;

    private JsonValues() {
    }

    /** JSON equality: numbers by value (1 equals 1.0), objects regardless of member order, arrays in order. */
    static boolean equal(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof Number && b instanceof Number) {
            return numbersEqual((Number) a, (Number) b);
        }
        if (a instanceof Map<?, ?> left && b instanceof Map<?, ?> right) {
            return objectsEqual(left, right);
        }
        if (a instanceof List<?> left && b instanceof List<?> right) {
            return arraysEqual(left, right);
        }
        return a.equals(b);
    }

    private static boolean objectsEqual(Map<?, ?> left, Map<?, ?> right) {
        if (left.size() != right.size()) {
            return false;
        }
        for (Map.Entry<?, ?> entry : left.entrySet()) {
            Object other = right.get(entry.getKey());
            if (other == null && !right.containsKey(entry.getKey()) || !equal(entry.getValue(), other)) {
                return false;
            }
        }
        return true;
    }

    private static boolean arraysEqual(List<?> left, List<?> right) {
        if (left.size() != right.size()) {
            return false;
        }
        Iterator<?> others = right.iterator();
        for (Object item : left) {
            if (!equal(item, others.next())) {
                return false;
            }
        }
        return true;
    }

    private static boolean numbersEqual(Number a, Number b) {
        if (isWhole(a) && isWhole(b)) {
            return a.longValue() == b.longValue();
        }
        BigDecimal left = decimal(a);
        BigDecimal right = decimal(b);
        if (left == null || right == null) {
            return a.doubleValue() == b.doubleValue();
        }
        return left.compareTo(right) == 0;
    }

    private static boolean isWhole(Number number) {
        return number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte;
    }

    /** The exact decimal value of a number; null for NaN and infinities, which JSON has not. */
    private static BigDecimal decimal(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (isWhole(number)) {
            return BigDecimal.valueOf(number.longValue());
        }
        double value = number.doubleValue();
        // valueOf takes the shortest decimal that reads back as the double: 1.1 compares equal to the text 1.1
        return Double.isFinite(value) ? BigDecimal.valueOf(value) : null;
    }

    /** A deep copy of the containers of a tree, as LinkedHashMap and ArrayList; scalars are shared. */
    static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>(Math.max(16, map.size() * 2));
            map.forEach((key, item) -> copy.put(String.valueOf(key), copy(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object item : list) {
                copy.add(copy(item));
            }
            return copy;
        }
        return value;
    }

    /** The tree without null object members, at any depth: what a merge patch means by a new object. */
    static Object withoutNullMembers(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return value;
        }
        Map<String, Object> pruned = new LinkedHashMap<>(Math.max(16, map.size() * 2));
        map.forEach((key, item) -> {
            if (item != null) {
                pruned.put(String.valueOf(key), withoutNullMembers(item));
            }
        });
        return pruned;
    }

    /** What a value is, in JSON's words. */
    static String kind(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "an array";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        return "a number";
    }

    /** The value as JSON text for an error message, cut short when long. */
    static String render(Object value) {
        StringBuilder out = new StringBuilder();
        render(value, out);
        return out.length() <= RENDERED_LENGTH ? out.toString() : out.substring(0, RENDERED_LENGTH) + "...";
    }

    private static void render(Object value, StringBuilder out) {
        if (out.length() > RENDERED_LENGTH) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator);
                string(String.valueOf(entry.getKey()), out);
                out.append(':');
                render(entry.getValue(), out);
                separator = ",";
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            String separator = "";
            for (Object item : list) {
                out.append(separator);
                render(item, out);
                separator = ",";
            }
            out.append(']');
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else {
            out.append(value);
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
