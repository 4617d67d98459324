package io.contactkit.domain.testing;

import io.contactkit.domain.schema.CarrierModel;
import io.contactkit.domain.schema.ValueType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Carriers built from the document trees of test fixtures (the seed samples) by the core's schema, so that the
 * core's own tests can load their fixtures from files without the codec, which depends on the core. It trusts the
 * fixture: it checks nothing the codec checks, and fails on anything a fixture should not hold.
 */
public final class FixtureCarriers {

    /** What the server writes besides a carrier's properties, which a fixture copied from an answer holds. */
    private static final Set<String> WRITTEN_BESIDES = Set.of("_Links", "TableRight", "FieldProperties",
            "InitialUtmParameters");

    private FixtureCarriers() {
    }

    /** The carrier of that type the tree describes, under wire names in any case. */
    public static <T extends Record> T read(Class<T> type, Map<String, ?> tree) {
        CarrierModel model = CarrierModel.of(type);
        Object[] values = model.emptyValues();
        tree.forEach((name, value) -> {
            int index = model.indexOf(name);
            if (index >= 0 && value != null) {
                values[index] = value(model.properties().get(index).type(), value);
            } else if (index < 0 && !WRITTEN_BESIDES.contains(name)) {
                throw new IllegalArgumentException("the fixture's " + model.name() + " has no property " + name);
            }
        });
        return type.cast(model.construct(values));
    }

    private static Object value(ValueType type, Object value) {
        if (value == null) {
            return null;
        }
        if (type instanceof ValueType.Scalar scalar) {
            return switch (scalar.kind()) {
                case STRING, BOOLEAN -> value;
                case INT32 -> ((Number) value).intValue();
                case DOUBLE -> ((Number) value).doubleValue();
                case DATE_TIME -> OffsetDateTime.parse((String) value).toInstant();
            };
        }
        if (type instanceof ValueType.Carrier carrier) {
            return read(carrier.type(), stringKeyed(value));
        }
        if (type instanceof ValueType.ListOf list) {
            List<Object> items = new ArrayList<>();
            ((List<?>) value).forEach(item -> items.add(value(list.element(), item)));
            return items;
        }
        Map<String, Object> entries = new LinkedHashMap<>();
        stringKeyed(value).forEach((key, entry) ->
                entries.put(key, value(((ValueType.Dictionary) type).value(), entry)));
        return entries;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stringKeyed(Object value) {
        return (Map<String, Object>) value;
    }
}
