package io.contactkit.codec;

import io.contactkit.domain.model.FieldProperty;
import io.contactkit.domain.model.FieldRight;
import io.contactkit.domain.model.TableRight;
import io.contactkit.domain.schema.CarrierModel;
import io.contactkit.domain.schema.Property;
import io.contactkit.domain.schema.ScalarKind;
import io.contactkit.domain.schema.Selection;
import io.contactkit.domain.schema.ValueType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks a carrier in wire order and tells a {@link DocumentSink} what it finds: every property, those the selection
 * leaves out as null, date-times in the zone. The one place that decides what a written carrier holds; trees,
 * response bodies and text checks are all sinks of this walk.
 */
final class DocumentWriter {

    private static final ValueType.Dictionary LINKS = new ValueType.Dictionary(new ValueType.Scalar(ScalarKind.STRING));
    private static final ValueType.Dictionary FIELD_PROPERTIES =
            new ValueType.Dictionary(new ValueType.Carrier(FieldProperty.class));

    /** Sub-carriers carry these two on the wire, as the seed responses show; the rights carriers themselves do not. */
    private static final Set<Class<?>> WITHOUT_RIGHTS = Set.of(TableRight.class, FieldRight.class, FieldProperty.class);
    /**
     * Whether, written below another carrier, a carrier is followed by {@code TableRight} (null) and
     * {@code FieldProperties} (empty) that its model does not hold.
     */
    private static final ClassValue<Boolean> WRITTEN_WITH_RIGHTS = new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected Boolean computeValue(Class<?> type) {
            return !WITHOUT_RIGHTS.contains(type)
                    && CarrierModel.of((Class<? extends Record>) type).propertyExact("TableRight").isEmpty();
        }
    };

    private final ZoneId zone;
    private final DocumentSink sink;

    DocumentWriter(ZoneId zone, DocumentSink sink) {
        this.zone = zone;
        this.sink = sink;
    }

    /** A carrier at the top of a document, followed by its {@code _Links} unless they are null. */
    void write(Record carrier, Selection selection, Map<String, String> links) {
        CarrierModel model = CarrierModel.of(carrier.getClass());
        sink.startCarrier(model);
        properties(model, carrier, selection);
        if (links != null) {
            sink.member("_Links");
            sink.startDictionary(LINKS);
            links.forEach((name, url) -> {
                sink.key(name);
                text(url);
            });
            sink.endDictionary();
        }
        sink.endCarrier();
    }

    /** The value of one property of the carrier, on its own. */
    void property(Record carrier, Property property) {
        value(property.type(), property.read(carrier), Selection.all());
    }

    private void carrier(Record carrier, Selection selection) {
        CarrierModel model = CarrierModel.of(carrier.getClass());
        sink.startCarrier(model);
        properties(model, carrier, selection);
        if (WRITTEN_WITH_RIGHTS.get(model.type())) {
            sink.member("TableRight");
            sink.nullValue();
            sink.member("FieldProperties");
            if (selection.below("FieldProperties") == null) {
                sink.nullValue();
            } else {
                sink.startDictionary(FIELD_PROPERTIES);
                sink.endDictionary();
            }
        }
        sink.endCarrier();
    }

    private void properties(CarrierModel model, Record carrier, Selection selection) {
        List<Property> properties = model.properties();
        for (int i = 0; i < properties.size(); i++) {
            Property property = properties.get(i);
            sink.property(property);
            Selection below = selection.below(property.name());
            value(property.type(), below == null ? null : property.read(carrier), below);
        }
    }

    private void value(ValueType type, Object value, Selection selection) {
        if (value == null) {
            sink.nullValue();
        } else if (type instanceof ValueType.Scalar scalar) {
            scalar(scalar.kind(), value);
        } else if (type instanceof ValueType.Carrier) {
            carrier((Record) value, selection);
        } else if (type instanceof ValueType.ListOf list) {
            sink.startList(list);
            for (Object item : (List<?>) value) {
                value(list.element(), item, selection);
            }
            sink.endList();
        } else {
            dictionary((ValueType.Dictionary) type, (Map<?, ?>) value, selection);
        }
    }

    private void dictionary(ValueType.Dictionary type, Map<?, ?> entries, Selection selection) {
        sink.startDictionary(type);
        // forEach: the carriers' maps are unmodifiable views, whose entry sets wrap every entry
        entries.forEach((key, value) -> {
            sink.key((String) key);
            Selection below = selection.below((String) key);
            value(type.value(), below == null ? null : value, below);
        });
        sink.endDictionary();
    }

    private void scalar(ScalarKind kind, Object value) {
        switch (kind) {
            case STRING:
                sink.string((String) value);
                break;
            case INT32:
                sink.number((int) (Integer) value);
                break;
            case DOUBLE:
                sink.number((double) (Double) value);
                break;
            case BOOLEAN:
                sink.bool((Boolean) value);
                break;
            default:
                sink.string(IsoDateTimes.format((Instant) value, zone));
        }
    }

    private void text(String value) {
        if (value == null) {
            sink.nullValue();
        } else {
            sink.string(value);
        }
    }
}
