package io.contactkit.domain.document;

import io.contactkit.domain.model.FieldProperty;
import io.contactkit.domain.model.FieldRight;
import io.contactkit.domain.model.TableRight;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns carriers into document trees: ordered maps, lists, strings, numbers, booleans and nulls. */
final class DocumentWriter {

    /** Sub-carriers carry these two on the wire, as the seed responses show; the rights carriers themselves do not. */
    private static final Set<Class<?>> WITHOUT_RIGHTS = Set.of(TableRight.class, FieldRight.class, FieldProperty.class);

    private final ZoneId zone;

    DocumentWriter(ZoneId zone) {
        this.zone = zone;
    }

    Map<String, Object> write(Record carrier, boolean topLevel) {
        CarrierModel model = CarrierModel.of(carrier.getClass());
        Map<String, Object> tree = new LinkedHashMap<>(model.properties().size() * 2);
        for (Property property : model.properties()) {
            tree.put(property.name(), value(property.type(), property.read(carrier)));
        }
        if (!topLevel && !WITHOUT_RIGHTS.contains(carrier.getClass()) && !tree.containsKey("TableRight")) {
            tree.put("TableRight", null);
            tree.put("FieldProperties", new LinkedHashMap<>());
        }
        return tree;
    }

    private Object value(ValueType type, Object value) {
        if (value == null) {
            return null;
        }
        if (type instanceof ValueType.Scalar scalar) {
            return scalar.kind() == ScalarKind.DATE_TIME ? dateTime((Instant) value) : value;
        }
        if (type instanceof ValueType.Carrier) {
            return write((Record) value, false);
        }
        if (type instanceof ValueType.ListOf list) {
            return list(list, (List<?>) value);
        }
        return dictionary((ValueType.Dictionary) type, (Map<?, ?>) value);
    }

    private List<Object> list(ValueType.ListOf type, List<?> values) {
        List<Object> out = new ArrayList<>(values.size());
        for (Object value : values) {
            out.add(value(type.element(), value));
        }
        return out;
    }

    private Map<String, Object> dictionary(ValueType.Dictionary type, Map<?, ?> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((key, value) -> out.put((String) key, value(type.value(), value)));
        return out;
    }

    private String dateTime(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).toOffsetDateTime());
    }
}
