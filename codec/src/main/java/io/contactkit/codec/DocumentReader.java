package io.contactkit.codec;

import io.contactkit.domain.failure.Violation;
import io.contactkit.domain.model.SuperOfficeEnum;
import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.schema.CarrierModel;
import io.contactkit.domain.schema.Property;
import io.contactkit.domain.schema.ScalarKind;
import io.contactkit.domain.schema.ValueType;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Pulls a document from a {@link DocumentSource} into carriers, the model deciding what each place holds and every
 * value checked as it arrives; collects every violation with its property path instead of stopping at the first.
 */
final class DocumentReader implements DocumentSource.Position {

    /** DateTime.MinValue, which SuperOffice writes for a date-time that is not set. */
    private static final Instant UNSET_DATE_TIME_BEFORE = LocalDate.of(1, 1, 2).atStartOfDay(ZoneOffset.UTC)
            .toInstant();
    /** What an object or array read as a scalar is refused as: neither text, number nor boolean. */
    private static final Object AN_OBJECT_OR_ARRAY = new Object();

    private DocumentSource source;
    private final CustomFieldCatalog catalog;
    private final List<Violation> violations = new ArrayList<>();
    /**
     * The path to the value being read, one level per property or entry name (its name) or list item (null, and its
     * index): kept as it goes, spelled out only when a violation names it.
     */
    private String[] names = new String[16];
    private int[] indexes = new int[16];
    private int depth;
    /** Whether the value read last was sent as null (not merely read as none). */
    private boolean sentNull;

    DocumentReader(DocumentSource source, CustomFieldCatalog catalog) {
        this.source = source;
        this.catalog = catalog;
        source.begin(this);
    }

    List<Violation> violations() {
        return violations;
    }

    /**
     * The carrier the document holds: properties it leaves out are empty. What the server writes and owns is never
     * refused, so that a client may send back whatever it was given: where it does not read as its type, it is left
     * out.
     */
    Record document(CarrierModel model) {
        if (source.value(new ValueType.Carrier(model.type()), 0) != DocumentSource.Start.OBJECT) {
            throw new IllegalStateException("a source refuses a document that is no object");
        }
        Record carrier = carrier(model);
        source.end();
        return carrier;
    }

    private Record carrier(CarrierModel model) {
        Object[] values = model.emptyValues();
        boolean[] given = new boolean[values.length];
        for (int index = source.nextProperty(model); index != DocumentSource.END; index = source.nextProperty(model)) {
            if (index == DocumentSource.UNKNOWN) {
                unknown(model, source.name());
                continue;
            }
            Property property = model.properties().get(index);
            int maxLength = property.serverOwned() ? 0 : property.maxLength();
            if (given[index]) {
                givenTwice(property, maxLength);
                continue;
            }
            given[index] = true;
            int faultsBefore = violations.size();
            Object value = propertyValue(property, maxLength);
            if (property.ignoredOnInput() && violations.size() > faultsBefore) {
                // what the server writes may come back in any form: not refused, and not taken either
                forget(faultsBefore);
            } else {
                values[index] = value == null ? property.emptyValue() : value;
            }
        }
        return model.construct(values);
    }

    /** A member the model does not know: refused by name, unless the server writes it; never read. */
    private void unknown(CarrierModel model, String name) {
        enter(name);
        if (!CarrierModel.isOutputOnly(name)) {
            refuse("unknown property of " + model.name());
        }
        source.skipValue();
        leave();
    }

    /**
     * A property given again. Names match without regard to case, so Name and name are one property: which one is
     * meant? The value is checked as it is read, then dropped. (The same name twice is the format's to refuse.)
     */
    private void givenTwice(Property property, int maxLength) {
        int faultsBefore = violations.size();
        propertyValue(property, maxLength);
        forget(faultsBefore);
        refuseAt(property.name(), "is given twice");
    }

    private void forget(int faultsBefore) {
        violations.subList(faultsBefore, violations.size()).clear();
    }

    /** A property's value: a SuperOffice enum by its names or number; an empty string as no string at all. */
    Object propertyValue(Property property, int maxLength) {
        enter(property.name());
        Object read = property.enumeration() != null ? enumeration(property.enumeration(), raw(property.type(),
                maxLength)) : value(property.type(), maxLength);
        leave();
        return "".equals(read) ? null : read;
    }

    /** The value at the source's next place, read as the type: null when sent as null or refused. */
    private Object value(ValueType type, int maxLength) {
        sentNull = false;
        Object value = source.value(type, maxLength);
        if (value instanceof DocumentSource.Start start) {
            return structure(type, maxLength, start);
        }
        if (value == null) {
            sentNull = true;
            return null;
        }
        return type instanceof ValueType.Scalar scalar ? scalar(scalar.kind(), value) : notOfItsShape(type, value);
    }

    /** An object, array or tree read as the type, or refused as no value of its shape. */
    private Object structure(ValueType type, int maxLength, DocumentSource.Start start) {
        switch (start) {
            case OBJECT:
                if (type instanceof ValueType.Carrier carrier) {
                    return carrier(carrier.model());
                }
                if (type instanceof ValueType.Dictionary dictionary) {
                    return dictionary(dictionary);
                }
                source.skipRest();
                return notOfItsShape(type, AN_OBJECT_OR_ARRAY);
            case ARRAY:
                if (type instanceof ValueType.ListOf list) {
                    return list(list.element(), maxLength);
                }
                source.skipRest();
                return notOfItsShape(type, AN_OBJECT_OR_ARRAY);
            default:
                return fromTree(type, maxLength);
        }
    }

    /** A scalar's value as sent (objects and arrays refused as such by whoever reads it). */
    private Object raw(ValueType type, int maxLength) {
        Object value = source.value(type, maxLength);
        if (value == DocumentSource.Start.OBJECT || value == DocumentSource.Start.ARRAY) {
            source.skipRest();
        }
        return value instanceof DocumentSource.Start ? AN_OBJECT_OR_ARRAY : value;
    }

    /** A value the format read whole: read as the type from the tree, the source's place kept. */
    private Object fromTree(ValueType type, int maxLength) {
        DocumentSource outer = source;
        source = new TreeSource(outer.tree(), outer.textOnly());
        try {
            return value(type, maxLength);
        } finally {
            source = outer;
        }
    }

    /**
     * A value whose shape its type does not take: a scalar refused by its type; an object or array where a scalar
     * belongs, or text where a structure does. Blank text from a text-only source is an empty structure.
     */
    private Object notOfItsShape(ValueType type, Object value) {
        if (type instanceof ValueType.Scalar scalar) {
            return scalar(scalar.kind(), value);
        }
        boolean blank = source.textOnly() && value instanceof String text && text.isBlank();
        if (type instanceof ValueType.Carrier carrier) {
            return blank ? null : refuse("must be an object (" + carrier.model().name() + ")");
        }
        if (type instanceof ValueType.ListOf) {
            return blank ? List.of() : refuse("must be an array");
        }
        return blank ? Map.of() : refuse("must be an object");
    }

    private List<Object> list(ValueType element, int maxLength) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; source.nextItem(); i++) {
            enter(i);
            Object item = value(element, maxLength);
            if (item == null && sentNull) {
                refuse("must not be null");
            }
            leave();
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    /**
     * A dictionary: FieldProperties, or one of the custom-field maps, the only dictionaries of strings, whose values
     * are read in their plain form and whose list-item companions are passed over.
     */
    private Map<String, Object> dictionary(ValueType.Dictionary type) {
        boolean customFields = type.value() instanceof ValueType.Scalar scalar && scalar.kind() == ScalarKind.STRING;
        return customFields ? customFields(type) : entries(type);
    }

    private Map<String, Object> entries(ValueType.Dictionary type) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key = source.nextKey(); key != null; key = source.nextKey()) {
            enter(key);
            Object item = value(type.value(), 0);
            leave();
            if (item != null) {
                out.put(key, item);
            }
        }
        return out;
    }

    /**
     * The custom fields, read in their plain form. Whether a key is a list field's display companion depends on the
     * other keys, so the entries are all read as sent first.
     */
    private Map<String, Object> customFields(ValueType.Dictionary type) {
        Map<String, Object> sent = new LinkedHashMap<>();
        for (String key = source.nextKey(); key != null; key = source.nextKey()) {
            enter(key);
            sent.put(key, raw(type.value(), 0));
            leave();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : sent.entrySet()) {
            String key = entry.getKey();
            if (CustomFieldValues.isCompanion(key, sent, catalog)) {
                continue;
            }
            enter(key);
            Object item = customFieldValue(key, entry.getValue());
            leave();
            if (item != null) {
                out.put(key, item);
            }
        }
        return out;
    }

    private String customFieldValue(String key, Object value) {
        String text = dictionaryText(value);
        return text == null ? null : CustomFieldValues.plain(text, catalog.definition(key));
    }

    /** Custom-field values are strings on the wire; a client's bare number or boolean is taken as its text. */
    private String dictionaryText(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        }
        return refuse("must be a string");
    }

    /**
     * A value of a SuperOffice enum as the server writes it: sent as a name in any letter case, as a number, or for
     * flags as names joined by commas.
     */
    private String enumeration(SuperOfficeEnum type, Object value) {
        if (value == null || value instanceof String blank && blank.isBlank()) {
            return null;
        }
        Integer number = value instanceof String text ? enumNumber(type, text.trim()) : (Integer) int32(value);
        if (number == null) {
            return null;
        }
        String name = type.format(number);
        return name != null ? name : refuse(enumChoices(type));
    }

    /** The number a text names: its digits, or the values of its names (several only for flags); null if refused. */
    private Integer enumNumber(SuperOfficeEnum type, String text) {
        if (text.chars().allMatch(c -> c == '-' || c >= '0' && c <= '9')) {
            return (Integer) parseText(ScalarKind.INT32, text);
        }
        String[] names = type.flags() ? text.split(",") : new String[] {text};
        int number = 0;
        for (String name : names) {
            OptionalInt value = type.value(name);
            if (value.isEmpty()) {
                return refuse(enumChoices(type));
            }
            number |= value.getAsInt();
        }
        return number;
    }

    private static String enumChoices(SuperOfficeEnum type) {
        return "must be " + (type.flags() ? "names" : "a name") + " of " + type.wireName() + " ("
                + String.join(", ", type.names()) + (type.flags() ? ") joined by commas" : ")") + ", or its number";
    }

    /**
     * A scalar. Text where a number, boolean or date-time belongs is parsed as XML and form bodies carry it, and as
     * SuperOffice's JSON reader takes a JSON string there ({@code "Deleted": "0"}); blank text is no value.
     */
    private Object scalar(ScalarKind kind, Object value) {
        if (value instanceof String text && kind != ScalarKind.STRING) {
            return text.isBlank() ? null : parseText(kind, text.trim());
        }
        switch (kind) {
            case STRING:
                return value instanceof String ? value : refuse("must be a string");
            case INT32:
                return int32(value);
            case DOUBLE:
                return value instanceof Number number && Double.isFinite(number.doubleValue())
                        ? number.doubleValue() : refuse("must be a number");
            case BOOLEAN:
                return bool(value);
            default:
                return refuse("must be an ISO 8601 date-time string");
        }
    }

    /** true or false; a number is false when 0 and true otherwise, as SuperOffice's JSON reader takes it. */
    private Object bool(Object value) {
        if (value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            return number.doubleValue() != 0;
        }
        return refuse("must be true or false");
    }

    private Object parseText(ScalarKind kind, String text) {
        boolean numeric = kind == ScalarKind.INT32 || kind == ScalarKind.DOUBLE;
        if (numeric && text.length() > ScalarKind.MAX_NUMBER_LENGTH) {
            return refuse("is longer than " + ScalarKind.MAX_NUMBER_LENGTH + " characters, too long for a "
                    + "number");
        }
        switch (kind) {
            case INT32:
                if (isShortDigits(text)) {
                    // what nearly every XML or form number looks like: no sign, point or exponent, fits an int
                    return Integer.parseInt(text);
                }
                try {
                    return int32(new BigDecimal(text));
                } catch (NumberFormatException e) {
                    return refuse("must be a whole number");
                }
            case DOUBLE:
                try {
                    double number = Double.parseDouble(text);
                    return Double.isFinite(number) ? number : refuse("must be a finite number");
                } catch (NumberFormatException e) {
                    return refuse("must be a number");
                }
            case BOOLEAN:
                if (text.equalsIgnoreCase("true") || text.equals("1")) {
                    return true;
                }
                if (text.equalsIgnoreCase("false") || text.equals("0")) {
                    return false;
                }
                return refuse("must be true or false");
            default:
                return dateTime(text);
        }
    }

    /** Up to nine ASCII digits: a number {@link Integer#parseInt} reads exactly as {@link BigDecimal} does. */
    private static boolean isShortDigits(String text) {
        if (text.isEmpty() || text.length() > 9) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private Object int32(Object value) {
        if (value instanceof Integer) {
            // nearly every JSON number: in range and whole already
            return value;
        }
        BigDecimal number;
        if (value instanceof Long || value instanceof Short || value instanceof Byte) {
            number = BigDecimal.valueOf(((Number) value).longValue());
        } else if (value instanceof BigInteger big) {
            number = new BigDecimal(big);
        } else if (value instanceof BigDecimal decimal) {
            number = decimal;
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                return refuse("must be a whole number");
            }
            number = BigDecimal.valueOf(d);
        } else {
            return refuse("must be a whole number");
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            return refuse(number.stripTrailingZeros().scale() > 0
                    ? "must be a whole number" : "is out of range for a 32-bit integer");
        }
    }

    /**
     * Any ISO 8601 form: with or without fraction, Z or an offset; a date-time without offset is taken as UTC.
     * DateTime.MinValue, which the server writes for a date-time that is not set, is no date-time: also as a client
     * sends it back after reading it in its own time zone (0000-12-31T23:00:00.000Z east of UTC).
     */
    private Object dateTime(String text) {
        Instant read = parsedDateTime(text);
        return read != null && read.isBefore(UNSET_DATE_TIME_BEFORE) ? null : read;
    }

    private Instant parsedDateTime(String text) {
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
                return refuse("must be an ISO 8601 date-time, such as 2024-05-01T12:00:00Z");
            }
        }
    }

    /** Records a violation at the current path; answers null, the value of what is refused. */
    private <T> T refuse(String message) {
        violations.add(new Violation(path(), message));
        return null;
    }

    private void refuseAt(String name, String message) {
        enter(name);
        refuse(message);
        leave();
    }

    /** Into a property or dictionary entry of the value being read. */
    private void enter(String name) {
        enter(name, -1);
    }

    /** Into an item of the list being read. */
    private void enter(int index) {
        enter(null, index);
    }

    private void enter(String name, int index) {
        if (depth == names.length) {
            names = Arrays.copyOf(names, depth * 2);
            indexes = Arrays.copyOf(indexes, depth * 2);
        }
        names[depth] = name;
        indexes[depth] = index;
        depth++;
    }

    private void leave() {
        depth--;
    }

    /** The current path as the core names it, like {@code Emails[0].Value}: built only for a refusal. */
    @Override
    public String path() {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            if (names[i] == null) {
                path.append('[').append(indexes[i]).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(names[i]);
            }
        }
        return path.toString();
    }
}
