package io.contactkit.patch;

import io.contactkit.codec.Documents;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.Violation;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.schema.CarrierModel;
import io.contactkit.domain.schema.Property;
import io.contactkit.domain.schema.ValueType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A place in a contact, typed by the carriers' property model: a path's token names a property of the carrier there
 * (without regard to case), an item of a list or an entry of a dictionary. Server-owned properties are read-only, and
 * every value an operation brings is read the way {@link Documents#read} reads a body (custom-field values in either
 * of their forms, by the catalog's types) into the typed value a carrier holds, so a value of the wrong type is
 * refused by the operation that brought it. Values are compared, and named in errors, as the contact's document
 * ({@link Documents#write}) holds them.
 */
final class ContactSchema implements Schema {

    private final ValueType type;
    /** The property of the nearest carrier above this place that holds it; null at the root. */
    private final Property property;
    /** The array elements and dictionary entries between the property and this place. */
    private final List<Step> steps;
    private final CustomFieldCatalog catalog;

    private ContactSchema(ValueType type, Property property, List<Step> steps, CustomFieldCatalog catalog) {
        this.type = type;
        this.property = property;
        this.steps = steps;
        this.catalog = catalog;
    }

    /** The whole contact, whose custom fields the catalog types. */
    static ContactSchema root(CustomFieldCatalog catalog) {
        return new ContactSchema(new ValueType.Carrier(ContactEntity.class), null, List.of(), catalog);
    }

    @Override
    public boolean requiresLeadingSlash() {
        return false;
    }

    @Override
    public boolean replaceableAsWhole() {
        return false;
    }

    @Override
    public String key(String token) {
        if (type instanceof ValueType.Carrier carrier) {
            return carrier.model().property(token).map(Property::name).orElse(null);
        }
        return type instanceof ValueType.Dictionary ? token : null;
    }

    @Override
    public String unknownMember(String token) {
        String name = type instanceof ValueType.Carrier carrier ? carrier.model().name() : "this value";
        return name + " has no property '" + token + "'";
    }

    @Override
    public boolean readOnly(String key) {
        return type instanceof ValueType.Carrier carrier && carrier.model().propertyExact(key)
                .map(Property::serverOwned).orElse(false);
    }

    @Override
    public boolean ignoredInMergePatch(String token) {
        if (!(type instanceof ValueType.Carrier carrier)) {
            return false;
        }
        return carrier.model().property(token).map(Property::ignoredOnInput)
                .orElseGet(() -> CarrierModel.isOutputOnly(token));
    }

    @Override
    public boolean fixedMembers() {
        return type instanceof ValueType.Carrier;
    }

    @Override
    public Schema member(String key) {
        if (type instanceof ValueType.Carrier carrier) {
            CarrierModel model = carrier.model();
            Property member = model.propertyExact(key)
                    .orElseThrow(() -> new IllegalStateException(model.name() + " has no property " + key));
            return new ContactSchema(member.type(), member, List.of(), catalog);
        }
        return new ContactSchema(((ValueType.Dictionary) type).value(), property, with(new Step(key)), catalog);
    }

    @Override
    public Schema element() {
        return new ContactSchema(((ValueType.ListOf) type).element(), property, with(Step.ELEMENT), catalog);
    }

    /** The value as the place holds it: read as a body's value is read, into the typed value a carrier holds. */
    @Override
    public Object accept(Operation operation, Object value) {
        if (keepsAsSent(value)) {
            return value;
        }
        try {
            Object read = unwrapped(Documents.read(property, wrapped(value), catalog));
            if (read == null && steps.isEmpty()) {
                // a list or dictionary that is none is empty, as a carrier holds it
                return type instanceof ValueType.ListOf ? List.of() : type instanceof ValueType.Dictionary
                        ? Map.of() : null;
            }
            return read;
        } catch (InvalidInputException e) {
            throw operation.refused("value " + JsonValues.render(value) + " refused: " + reasons(e));
        }
    }

    /** A value that does not read as this place's type can never equal what is stored: it is compared as sent. */
    @Override
    public Object comparable(Object value) {
        if (property == null || keepsAsSent(value)) {
            return value;
        }
        try {
            return unwrapped(Documents.canonical(property, wrapped(value), catalog));
        } catch (InvalidInputException e) {
            return value;
        }
    }

    /**
     * A working value here as the contact's document holds it. The common scalars are their own tree; the rest is
     * written as the owner carrier's property writes it.
     */
    @Override
    public Object written(Object working) {
        if (working instanceof String text && !text.isEmpty() || working instanceof Integer
                || working instanceof Boolean || working instanceof Double) {
            return working;
        }
        Object value = WorkingCopy.close(working);
        if (property == null) {
            return Documents.write((Record) value);
        }
        return unwrapped(Documents.write(property, wrapped(value)));
    }

    /** The value wrapped as the owner carrier's property holds it: in a list, or under its key, per step. */
    private Object wrapped(Object value) {
        Object wrapped = value;
        for (int i = steps.size() - 1; i >= 0; i--) {
            String key = steps.get(i).dictionaryKey();
            wrapped = key == null ? Collections.singletonList(wrapped) : Collections.singletonMap(key, wrapped);
        }
        return wrapped;
    }

    /** The value at this place taken out of the property's value it was {@link #wrapped} in. */
    private Object unwrapped(Object propertyValue) {
        Object value = propertyValue;
        for (Step step : steps) {
            value = step.dictionaryKey() == null ? ((List<?>) value).get(0)
                    : ((Map<?, ?>) value).get(step.dictionaryKey());
        }
        return value;
    }

    private boolean keepsAsSent(Object value) {
        if (!(type instanceof ValueType.Scalar scalar) || value == null || !steps.isEmpty()
                || property.enumeration() != null) {
            return false;
        }
        switch (scalar.kind()) {
            case STRING:
                return value instanceof String text && !text.isEmpty();
            case INT32:
                return value instanceof Integer;
            case BOOLEAN:
                return value instanceof Boolean;
            case DOUBLE:
                return value instanceof Double number && Double.isFinite(number);
            default:
                return false;
        }
    }

    /** The read's violations, with paths relative to the value the operation brought. */
    private String reasons(InvalidInputException failure) {
        StringBuilder prefix = new StringBuilder(property.name());
        for (Step step : steps) {
            prefix.append(step.dictionaryKey() == null ? "[0]" : "." + step.dictionaryKey());
        }
        return failure.violations().stream()
                .map(violation -> relative(violation, prefix.toString()))
                .collect(Collectors.joining("; "));
    }

    private static String relative(Violation violation, String prefix) {
        if (!violation.path().startsWith(prefix)) {
            return violation.toString();
        }
        String rest = violation.path().substring(prefix.length());
        rest = rest.startsWith(".") ? rest.substring(1) : rest;
        return rest.isEmpty() ? violation.message() : rest + ": " + violation.message();
    }

    private List<Step> with(Step step) {
        List<Step> longer = new ArrayList<>(steps.size() + 1);
        longer.addAll(steps);
        longer.add(step);
        return longer;
    }

    /** One level below a property: an array element (no key) or a dictionary entry. */
    private record Step(String dictionaryKey) {

        static final Step ELEMENT = new Step(null);
    }
}
