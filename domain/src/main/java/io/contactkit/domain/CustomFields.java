package io.contactkit.domain;

import io.contactkit.domain.failure.Violation;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.port.CustomFieldDefinition;
import io.contactkit.domain.port.CustomFieldKind;
import io.contactkit.domain.port.CustomFieldType;
import io.contactkit.domain.schema.ScalarKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of a contact's custom fields. CustomFields is the union of UserDefinedFields and the deprecated
 * ExtraFields; a contact leaves here with the three maps consistent: UserDefinedFields holds the udef keys,
 * ExtraFields the extra keys, CustomFields both.
 */
final class CustomFields {

    private static final Pattern UDEF_IDENTITY = Pattern.compile("SuperOffice:\\d+");
    private static final String EXTRA_FIELD_PREFIX = "x_";
    /**
     * A key is a field's ProgId or identity ({@code SuperOffice:12}, {@code x_region}, {@code prog.id}): a name, not
     * free text, so quotes, blanks, semicolons and the like mark a forged key rather than a field.
     */
    private static final Pattern KEY = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_.:-]*");
    private static final int MAX_KEY_LENGTH = 200;

    private final CustomFieldCatalog catalog;

    CustomFields(CustomFieldCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * Merges a contact sent whole (create, save, replace): the three maps become one store, CustomFields winning
     * over the deprecated maps for the same key and keeping its order, so that a contact sent back as it was
     * answered is stored as it was.
     *
     * @param stored the contact it replaces, or null for a new one: keys keep the kind they were stored with
     */
    ContactEntity merge(ContactEntity contact, ContactEntity stored) {
        Map<String, String> values = new LinkedHashMap<>(contact.customFields());
        contact.userDefinedFields().forEach(values::putIfAbsent);
        contact.extraFields().forEach(values::putIfAbsent);
        return split(contact, values, contact, stored);
    }

    /**
     * Merges a change made to a consistent contact (a patch): a key edited or removed in any one of the three maps
     * is edited or removed in all, CustomFields winning where maps disagree.
     */
    ContactEntity mergeChange(ContactEntity before, ContactEntity after) {
        Set<String> keys = new LinkedHashSet<>(before.customFields().keySet());
        keys.addAll(after.customFields().keySet());
        keys.addAll(after.userDefinedFields().keySet());
        keys.addAll(after.extraFields().keySet());
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : keys) {
            changed(before.customFields(), after.customFields(), key)
                    .or(() -> changed(before.userDefinedFields(), after.userDefinedFields(), key))
                    .or(() -> changed(before.extraFields(), after.extraFields(), key))
                    .orElseGet(() -> Optional.ofNullable(before.customFields().get(key)))
                    .ifPresent(value -> values.put(key, value));
        }
        return split(after, values, after, before);
    }

    /** Every way the contact's custom-field values break the catalog, each naming its key. */
    List<Violation> violations(ContactEntity contact) {
        return contact.customFields().entrySet().stream()
                .map(entry -> violation(entry.getKey(), entry.getValue()))
                .flatMap(Optional::stream)
                .toList();
    }

    /** Present when one map's state for the key differs from before: the new value, or empty if removed. */
    private static Optional<Optional<String>> changed(Map<String, String> before, Map<String, String> after,
                                                      String key) {
        String now = after.get(key);
        return Objects.equals(before.get(key), now) ? Optional.empty() : Optional.of(Optional.ofNullable(now));
    }

    private ContactEntity split(ContactEntity contact, Map<String, String> values, ContactEntity sent,
                                ContactEntity stored) {
        Map<String, String> udef = new LinkedHashMap<>();
        Map<String, String> extra = new LinkedHashMap<>();
        values.forEach((key, value) -> (kind(key, sent, stored) == CustomFieldKind.EXTRA ? extra : udef)
                .put(key, value));
        return contact.toBuilder().userDefinedFields(udef).extraFields(extra).customFields(values).build();
    }

    private CustomFieldKind kind(String key, ContactEntity sent, ContactEntity stored) {
        Optional<CustomFieldDefinition> definition = catalog.definition(key);
        if (definition.isPresent()) {
            return definition.get().kind();
        }
        if (sent.userDefinedFields().containsKey(key)) {
            return CustomFieldKind.USER_DEFINED;
        }
        if (sent.extraFields().containsKey(key)) {
            return CustomFieldKind.EXTRA;
        }
        if (stored != null && stored.extraFields().containsKey(key)) {
            return CustomFieldKind.EXTRA;
        }
        if (stored != null && stored.userDefinedFields().containsKey(key) || UDEF_IDENTITY.matcher(key).matches()) {
            return CustomFieldKind.USER_DEFINED;
        }
        return key.startsWith(EXTRA_FIELD_PREFIX) ? CustomFieldKind.EXTRA : CustomFieldKind.USER_DEFINED;
    }

    private Optional<Violation> violation(String key, String value) {
        if (key.length() > MAX_KEY_LENGTH) {
            return Optional.of(new Violation("CustomFields." + key.substring(0, MAX_KEY_LENGTH) + "...",
                    "is not a custom field key: longer than " + MAX_KEY_LENGTH + " characters"));
        }
        String path = "CustomFields." + key;
        if (!KEY.matcher(key).matches()) {
            return Optional.of(new Violation(path, "is not a custom field key: a key is made of letters, digits, "
                    + "'_', '.', ':' and '-'"));
        }
        Optional<CustomFieldDefinition> found = catalog.definition(key);
        if (found.isEmpty()) {
            return catalog.closed()
                    ? Optional.of(new Violation(path, "is not a custom field of this installation"))
                    : Optional.empty();
        }
        CustomFieldDefinition definition = found.get();
        if (definition.maxLength() > 0 && value.length() > definition.maxLength()) {
            return Optional.of(new Violation(path, "must be at most " + definition.maxLength() + " characters"));
        }
        return value.isEmpty() || fitsType(definition, value) ? Optional.empty()
                : Optional.of(new Violation(path, "'" + value + "' is not a valid "
                        + definition.type().name().toLowerCase(java.util.Locale.ROOT) + describeList(definition)));
    }

    private static String describeList(CustomFieldDefinition definition) {
        return definition.listValues().isEmpty() ? "" : " (one of " + String.join(", ", definition.listValues()) + ")";
    }

    private static boolean fitsType(CustomFieldDefinition definition, String value) {
        boolean numeric = definition.type() == CustomFieldType.INTEGER || definition.type() == CustomFieldType.DECIMAL;
        if (numeric && value.length() > ScalarKind.MAX_NUMBER_LENGTH) {
            return false;
        }
        try {
            switch (definition.type()) {
                case INTEGER:
                    new BigDecimal(value).intValueExact();
                    return true;
                case DECIMAL:
                    new BigDecimal(value);
                    return true;
                case DATE:
                    LocalDate.parse(value);
                    return true;
                case BOOLEAN:
                    return value.equals("true") || value.equals("false") || value.equals("1") || value.equals("0");
                case LIST:
                    return definition.listValues().contains(value);
                default:
                    return true;
            }
        } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
            return false;
        }
    }
}
