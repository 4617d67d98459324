package io.contactkit.codec;

import io.contactkit.domain.model.FieldProperty;
import io.contactkit.domain.model.FieldRight;
import io.contactkit.domain.model.TableRight;
import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.port.CustomFieldDefinition;
import io.contactkit.domain.schema.CarrierModel;
import io.contactkit.domain.schema.Property;
import io.contactkit.domain.schema.ScalarKind;
import io.contactkit.domain.schema.Selection;
import io.contactkit.domain.schema.ValueType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks a carrier in wire order and tells a {@link DocumentSink} what it finds: every property, those the selection
 * leaves out as null, date-times in the zone. The one place that decides what a written carrier holds; trees,
 * response bodies and text checks are all sinks of this walk.
 *
 * <p>Empty values are written as SuperOffice writes them (the official client's fixture
 * {@code __tests__/ContactDefault.json}): a string property without a value as {@code ""}, a date-time property
 * without one as DateTime.MinValue, {@code 0001-01-01T00:00:00}, in any zone; custom-field values encoded by the
 * catalog's types (see {@link CustomFieldValues}).
 */
final class DocumentWriter {

    /** DateTime.MinValue as SuperOffice writes a date-time that is not set. */
    static final String UNSET_DATE_TIME = "0001-01-01T00:00:00";

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
    /** The custom fields' types, by which their values are encoded; an open catalog writes them plain. */
    private final CustomFieldCatalog catalog;

    DocumentWriter(ZoneId zone, DocumentSink sink, CustomFieldCatalog catalog) {
        this.zone = zone;
        this.sink = sink;
        this.catalog = catalog;
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

    /** A value of the property, on its own, as a carrier holding it would write it. */
    void propertyValue(Property property, Object value) {
        propertyValue(property, value, Selection.all());
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
            if (below == null) {
                // what a $select leaves out is nulled out, as SuperOffice does
                sink.nullValue();
            } else {
                propertyValue(property, property.read(carrier), below);
            }
        }
    }

    private void propertyValue(Property property, Object value, Selection selection) {
        if (value == null && property.type() instanceof ValueType.Scalar scalar) {
            unsetScalar(scalar.kind());
        } else if (value == null && property.type() instanceof ValueType.ListOf list) {
            // as a carrier holds it: lists and dictionaries are never null
            sink.startList(list);
            sink.endList();
        } else if (value == null && property.type() instanceof ValueType.Dictionary dictionary) {
            sink.startDictionary(dictionary);
            sink.endDictionary();
        } else {
            value(property.type(), value, selection);
        }
    }

    /** A string or date-time property without a value, as SuperOffice writes it; other scalars are never null. */
    private void unsetScalar(ScalarKind kind) {
        if (kind == ScalarKind.STRING) {
            sink.string("");
        } else if (kind == ScalarKind.DATE_TIME) {
            sink.string(UNSET_DATE_TIME);
        } else {
            sink.nullValue();
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
        boolean customFields = type.value() instanceof ValueType.Scalar scalar && scalar.kind() == ScalarKind.STRING;
        // forEach: the carriers' maps are unmodifiable views, whose entry sets wrap every entry
        entries.forEach((key, value) -> {
            Selection below = selection.below((String) key);
            if (customFields && below != null && value != null) {
                CustomFieldValues.write((String) key, (String) value, definition((String) key), this::entry);
            } else {
                sink.key((String) key);
                value(type.value(), below == null ? null : value, below);
            }
        });
        sink.endDictionary();
    }

    private void entry(String key, String value) {
        sink.key(key);
        sink.string(value);
    }

    /**
     * The field's definition, or none when the catalog cannot be asked: an answer is written after its change is
     * committed, and a store that fails now must not turn a done change into an error, so the value is written plain.
     */
    private Optional<CustomFieldDefinition> definition(String key) {
        try {
            return catalog.definition(key);
        } catch (RuntimeException unavailable) {
            return Optional.empty();
        }
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
