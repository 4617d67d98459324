package io.contactkit.domain.document;

import io.contactkit.domain.failure.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns document trees into carriers, collecting every violation with its property path instead of stopping at the
 * first.
 */
final class DocumentReader {

    /**
     * What the server writes and a client may send back unchanged (GET-modify-PUT): accepted and not read.
     * InitialUtmParameters is the EnrichContactEntity response's name for the read-only UTM parameters.
     */
    private static final Set<String> OUTPUT_ONLY = Set.of("_links", "tableright", "fieldproperties",
            "initialutmparameters");

    private final ScalarSource source;
    private final List<Violation> violations = new ArrayList<>();

    DocumentReader(ScalarSource source) {
        this.source = source;
    }

    List<Violation> violations() {
        return violations;
    }

    Record read(CarrierModel model, Map<String, ?> tree, String path) {
        Object[] values = new Object[model.properties().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = model.properties().get(i).emptyValue();
        }
        boolean[] given = new boolean[values.length];
        for (Map.Entry<String, ?> entry : tree.entrySet()) {
            String name = entry.getKey();
            int index = model.indexOf(name);
            if (index >= 0 && given[index]) {
                // names match without regard to case, so Name and name are one property: which one is meant?
                violations.add(new Violation(join(path, model.properties().get(index).name()), "is given twice"));
            } else if (index >= 0) {
                given[index] = true;
                Property property = model.properties().get(index);
                Object value = value(property.type(), entry.getValue(), join(path, property.name()));
                values[index] = value == null ? property.emptyValue() : value;
            } else if (!OUTPUT_ONLY.contains(name.toLowerCase(Locale.ROOT))) {
                violations.add(new Violation(join(path, name), "unknown property of " + model.name()));
            }
        }
        return model.construct(values);
    }

    private Object value(ValueType type, Object value, String path) {
        if (value == null) {
            return null;
        }
        if (type instanceof ValueType.Scalar scalar) {
            return scalar(scalar.kind(), value, path);
        }
        if (type instanceof ValueType.Carrier carrier) {
            return carrier(carrier.model(), value, path);
        }
        if (type instanceof ValueType.ListOf list) {
            return list(list.element(), value, path);
        }
        return dictionary((ValueType.Dictionary) type, value, path);
    }

    private Record carrier(CarrierModel model, Object value, String path) {
        if (value instanceof Map<?, ?> map) {
            return read(model, stringKeyed(map), path);
        }
        if (source == ScalarSource.TEXT && value instanceof String text && text.isBlank()) {
            return null;
        }
        return refuse(path, "must be an object (" + model.name() + ")");
    }

    private List<Object> list(ValueType element, Object value, String path) {
        if (!(value instanceof List<?> items)) {
            if (source == ScalarSource.TEXT && value instanceof String text && text.isBlank()) {
                return List.of();
            }
            return refuse(path, "must be an array");
        }
        List<Object> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String itemPath = path + "[" + i + "]";
            Object item = value(element, items.get(i), itemPath);
            if (item == null) {
                if (items.get(i) == null) {
                    violations.add(new Violation(itemPath, "must not be null"));
                }
                continue;
            }
            out.add(item);
        }
        return out;
    }

    private Map<String, Object> dictionary(ValueType.Dictionary type, Object value, String path) {
        if (!(value instanceof Map<?, ?> map)) {
            if (source == ScalarSource.TEXT && value instanceof String text && text.isBlank()) {
                return Map.of();
            }
            return refuse(path, "must be an object");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey());
            Object item = type.value() instanceof ValueType.Scalar scalar && scalar.kind() == ScalarKind.STRING
                    ? dictionaryText(entry.getValue(), path + "." + key)
                    : value(type.value(), entry.getValue(), path + "." + key);
            if (item != null) {
                out.put(key, item);
            }
        }
        return out;
    }

    /** Custom-field values are strings on the wire; a client's bare number or boolean is taken as its text. */
    private String dictionaryText(Object value, String path) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        }
        return refuse(path, "must be a string");
    }

    private Object scalar(ScalarKind kind, Object value, String path) {
        if (source == ScalarSource.TEXT && value instanceof String text && kind != ScalarKind.STRING) {
            if (text.isBlank()) {
                return null;
            }
            return parseText(kind, text.trim(), path);
        }
        switch (kind) {
            case STRING:
                return value instanceof String ? value : refuse(path, "must be a string");
            case INT32:
                return int32(value, path);
            case DOUBLE:
                return value instanceof Number number && Double.isFinite(number.doubleValue())
                        ? number.doubleValue() : refuse(path, "must be a number");
            case BOOLEAN:
                return value instanceof Boolean ? value : refuse(path, "must be true or false");
            default:
                return value instanceof String text ? dateTime(text, path) : refuse(path,
                        "must be an ISO 8601 date-time string");
        }
    }

    private Object parseText(ScalarKind kind, String text, String path) {
        boolean numeric = kind == ScalarKind.INT32 || kind == ScalarKind.DOUBLE;
        if (numeric && text.length() > Documents.MAX_NUMBER_LENGTH) {
            return refuse(path, "is longer than " + Documents.MAX_NUMBER_LENGTH + " characters, too long for a "
                    + "number");
        }
        switch (kind) {
            case INT32:
                try {
                    return int32(new BigDecimal(text), path);
                } catch (NumberFormatException e) {
                    return refuse(path, "must be a whole number");
                }
            case DOUBLE:
                try {
                    double number = Double.parseDouble(text);
                    return Double.isFinite(number) ? number : refuse(path, "must be a finite number");
                } catch (NumberFormatException e) {
                    return refuse(path, "must be a number");
                }
            case BOOLEAN:
                if (text.equalsIgnoreCase("true") || text.equals("1")) {
                    return true;
                }
                if (text.equalsIgnoreCase("false") || text.equals("0")) {
                    return false;
                }
                return refuse(path, "must be true or false");
            default:
                return dateTime(text, path);
        }
    }

    private Object int32(Object value, String path) {
        BigDecimal number;
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            number = BigDecimal.valueOf(((Number) value).longValue());
        } else if (value instanceof BigInteger big) {
            number = new BigDecimal(big);
        } else if (value instanceof BigDecimal decimal) {
            number = decimal;
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                return refuse(path, "must be a whole number");
            }
            number = BigDecimal.valueOf(d);
        } else {
            return refuse(path, "must be a whole number");
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            return refuse(path, number.stripTrailingZeros().scale() > 0
                    ? "must be a whole number" : "is out of range for a 32-bit integer");
        }
    }

    /** Any ISO 8601 form: with or without fraction, Z or an offset; a date-time without offset is taken as UTC. */
    private Object dateTime(String text, String path) {
        Instant common = IsoDateTimes.parseCommon(text);
        if (common != null) {
            return common;
        }
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text,
                    java.time.OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof java.time.OffsetDateTime offset) {
                return offset.toInstant();
            }
            return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                return refuse(path, "must be an ISO 8601 date-time, such as 2024-05-01T12:00:00Z");
            }
        }
    }

    private <T> T refuse(String path, String message) {
        violations.add(new Violation(path, message));
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> stringKeyed(Map<?, ?> map) {
        return (Map<String, ?>) map;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
