package io.contactkit.codec;

import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.port.CustomFieldDefinition;
import io.contactkit.domain.port.CustomFieldType;
import io.contactkit.domain.schema.ScalarKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The custom-field values of UserDefinedFields, ExtraFields and CustomFields as SuperOffice writes them: typed values
 * encoded the way SuperOffice's CultureDataFormatter encodes them ({@code [I:123]}, {@code [F:4.43]},
 * {@code [D:05/05/1999]}, docs/api/globalization-and-localization/culturedataformatter.md in SuperOfficeDocs), check
 * boxes as {@code True}/{@code False} and a list field's item as {@code [I:id]} followed by {@code key:DisplayText}
 * and {@code key:DisplayTooltip}, as the official client's fixture {@code __tests__/ContactDefault.json} shows. The
 * core holds each value in its plain form ({@code 123}, {@code 4.43}, {@code 1999-05-05}, {@code true}, the list
 * item's name); a client may send either form.
 */
final class CustomFieldValues {

    static final String DISPLAY_TEXT = ":DisplayText";
    static final String DISPLAY_TOOLTIP = ":DisplayTooltip";
    /** DateTime.MinValue, the date SuperOffice writes for a date field without a value. */
    private static final LocalDate UNSET_DATE = LocalDate.of(1, 1, 1);
    private static final String UNSET_LIST_ITEM = "[I:0]";

    private CustomFieldValues() {
    }

    /**
     * Whether the key is a list field's display companion ({@code SuperOffice:3:DisplayText}), which the server writes
     * beside the field's value and a client may send back: never read as a field of its own.
     */
    static boolean isCompanion(String key, Map<?, ?> entries, CustomFieldCatalog catalog) {
        String field = companionOf(key);
        if (field == null) {
            return false;
        }
        return entries.containsKey(field) || catalog.definition(field)
                .map(definition -> definition.type() == CustomFieldType.LIST).orElse(false);
    }

    /** The field a companion key belongs to, or null when the key is no companion's. */
    private static String companionOf(String key) {
        if (key.endsWith(DISPLAY_TEXT)) {
            return key.substring(0, key.length() - DISPLAY_TEXT.length());
        }
        if (key.endsWith(DISPLAY_TOOLTIP)) {
            return key.substring(0, key.length() - DISPLAY_TOOLTIP.length());
        }
        return null;
    }

    /**
     * The plain form of a value a client sent: an encoded value decoded, and a value of a field the catalog types
     * written the one way the core keeps it. What does not parse is kept as sent, for the core to refuse by its type.
     */
    static String plain(String value, Optional<CustomFieldDefinition> definition) {
        CustomFieldType type = definition.map(CustomFieldDefinition::type).orElse(null);
        if (type == CustomFieldType.STRING) {
            return value;
        }
        String decoded = decoded(value, type);
        if (decoded == null || type == null) {
            return decoded == null ? value : decoded;
        }
        switch (type) {
            case INTEGER:
                return canonicalInteger(decoded);
            case DECIMAL:
                return canonicalDecimal(decoded);
            case BOOLEAN:
                return canonicalBoolean(decoded);
            case LIST:
                return listItemName(value, decoded, definition.get());
            default:
                return decoded;
        }
    }

    /** The value without its CultureDataFormatter moniker; the text itself when it has none; null if unreadable. */
    private static String decoded(String value, CustomFieldType type) {
        if (!value.startsWith("[") || !value.endsWith("]") || value.indexOf(':') < 0) {
            return value;
        }
        String moniker = value.substring(1, value.indexOf(':')).toUpperCase(Locale.ROOT);
        String text = value.substring(value.indexOf(':') + 1, value.length() - 1).trim();
        switch (moniker) {
            case "I":
            case "F":
            case "M":
                return text;
            case "D":
            case "DT":
                return date(text, type);
            default:
                return value;
        }
    }

    /**
     * An encoded date ({@code MM/dd/yyyy} in the invariant culture, as the fixtures write it, or {@code dd.MM.yyyy}
     * as the CultureDataFormatter page shows it; a time may follow) in ISO form; {@code 01/01/0001} is no date.
     */
    private static String date(String text, CustomFieldType type) {
        String[] dateAndTime = text.split(" ", 2);
        try {
            LocalDate date = invariantDate(dateAndTime[0]);
            if (date.equals(UNSET_DATE)) {
                return "";
            }
            LocalTime time = dateAndTime.length < 2 ? LocalTime.MIDNIGHT : LocalTime.parse(dateAndTime[1].trim());
            return type == CustomFieldType.DATE || time.equals(LocalTime.MIDNIGHT) ? date.toString()
                    : LocalDateTime.of(date, time).toString();
        } catch (DateTimeParseException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }

    private static LocalDate invariantDate(String text) {
        boolean dotted = text.indexOf('.') > 0;
        String[] parts = text.split(dotted ? "\\." : "/");
        if (parts.length != 3) {
            throw new NumberFormatException("not a date: " + text);
        }
        int first = Integer.parseInt(parts[0]);
        int second = Integer.parseInt(parts[1]);
        int year = Integer.parseInt(parts[2]);
        try {
            return dotted ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
        } catch (java.time.DateTimeException e) {
            throw new NumberFormatException(e.getMessage());
        }
    }

    private static String canonicalInteger(String text) {
        Integer number = integer(text);
        return number == null ? text : number.toString();
    }

    private static Integer integer(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String canonicalDecimal(String text) {
        BigDecimal number = decimal(text);
        return number == null ? text : number.toPlainString();
    }

    private static BigDecimal decimal(String text) {
        if (text.isBlank() || text.length() > ScalarKind.MAX_NUMBER_LENGTH) {
            return null;
        }
        try {
            return new BigDecimal(text.trim()).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code True}/{@code False} in any case, 1 and 0 (as {@code [I:1]} decodes) as the core keeps them. */
    private static String canonicalBoolean(String text) {
        String trimmed = text.trim();
        if (trimmed.equalsIgnoreCase("true") || trimmed.equals("1")) {
            return "true";
        }
        if (trimmed.equalsIgnoreCase("false") || trimmed.equals("0")) {
            return "false";
        }
        return text;
    }

    /** An encoded item id as the item's name (no item for id 0); a plain value is a name already. */
    private static String listItemName(String sent, String decoded, CustomFieldDefinition definition) {
        if (sent.equals(decoded)) {
            return sent;
        }
        List<String> items = definition.listValues();
        try {
            int id = Integer.parseInt(decoded);
            if (id == 0) {
                return "";
            }
            return id > 0 && id <= items.size() ? items.get(id - 1) : sent;
        } catch (NumberFormatException e) {
            return sent;
        }
    }

    /**
     * Writes one field as the server writes it: its encoded value, and for a list field the item's name and tooltip
     * under the companion keys. A value that does not fit the field's type is written as it is kept.
     */
    static void write(String key, String value, Optional<CustomFieldDefinition> definition,
                      BiConsumer<String, String> entries) {
        if (definition.isEmpty()) {
            entries.accept(key, value);
            return;
        }
        CustomFieldDefinition field = definition.get();
        if (field.type() == CustomFieldType.LIST) {
            int index = value.isEmpty() ? -1 : field.listValues().indexOf(value);
            entries.accept(key, value.isEmpty() ? UNSET_LIST_ITEM : index < 0 ? value : "[I:" + (index + 1) + "]");
            entries.accept(key + DISPLAY_TEXT, value);
            entries.accept(key + DISPLAY_TOOLTIP, "");
            return;
        }
        entries.accept(key, encoded(value, field.type()));
    }

    private static String encoded(String value, CustomFieldType type) {
        switch (type) {
            case INTEGER:
                Integer integer = integer(value);
                return integer != null && integer.toString().equals(value) ? "[I:" + value + "]" : value;
            case DECIMAL:
                BigDecimal decimal = decimal(value);
                return decimal != null && decimal.toPlainString().equals(value) ? "[F:" + value + "]" : value;
            case BOOLEAN:
                return value.equals("true") ? "True" : value.equals("false") ? "False" : value;
            case DATE:
                return encodedDate(value);
            default:
                return value;
        }
    }

    /** {@code [D:MM/dd/yyyy]}, as ContactDefault.json writes a date field; no date is {@code [D:01/01/0001]}. */
    private static String encodedDate(String value) {
        try {
            LocalDate date = value.isEmpty() ? UNSET_DATE : LocalDate.parse(value);
            return String.format(Locale.ROOT, "[D:%02d/%02d/%04d]", date.getMonthValue(), date.getDayOfMonth(),
                    date.getYear());
        } catch (DateTimeParseException e) {
            return value;
        }
    }
}
