package io.contactkit.domain.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The SuperOffice enums that carrier properties take, with the names and numeric values of SuperOffice's official
 * client ({@code @superoffice/webapi} 12.4.1514, {@code src/Enums.ts}): what the server writes must be one of these
 * names, and a client may send any of them back, or their numbers. A flags enum's value is written the way .NET
 * writes a {@code [Flags]} enum, its names joined by {@code ", "} ({@code "Update, UIHintMandatory"}).
 */
public enum SuperOfficeEnum {

    /** What the acting user may do with a whole row (TableRight.Mask). */
    E_TABLE_RIGHT(true, "None=0", "Select=1", "Update=2", "UR=3", "Insert=4", "RI=5", "URI=7", "Delete=8", "UDR=11",
            "FULL=15", "Filtering=16", "RF=17", "FI=20", "RestrictedUpdate=32", "URU=34", "WRITE=38", "Unused1=64",
            "Uninitialized=128", "R=1", "F=16"),
    /** What the acting user may do with one field (FieldRight.Mask). */
    E_FIELD_RIGHT(true, "None=0", "Read=1", "Write=2", "Update=3", "Unused1=4", "Unused2=8", "Unused3=16",
            "Unused4=32", "UIHintMandatory=64", "UIHintReadOnly=128", "UIHints=192", "UndefinedValue256=256",
            "Nullable=32"),
    /** The kind of user an associate is (Associate.Type). */
    USER_TYPE(false, "Unknown=0", "InternalAssociate=1", "ResourceAssociate=2", "ExternalAssociate=3",
            "AnonymousAssociate=4", "SystemAssociate=5"),
    /** Which of an owner's addresses an address is (StructuredAddress.AtypeIdx, LocalizedField.AddressType). */
    ADDRESS_TYPE(false, "Unknown=0", "ContactPostalAddress=1", "ContactStreetAddress=2", "PersonPrivateAddress=16387",
            "QuoteBillingAddress=8196", "QuoteShippingAddress=8197");

    private final boolean flags;
    /** Name to value, in the client's order: where two names share a value, the first one is written. */
    private final Map<String, Integer> valueByName;
    private final Map<String, String> nameByLowerCase;
    /** Every defined value, largest first, each with the first name declared for it. */
    private final List<Map.Entry<Integer, String>> descending;

    SuperOfficeEnum(boolean flags, String... definitions) {
        this.flags = flags;
        Map<String, Integer> values = new LinkedHashMap<>();
        Map<String, String> lowerCase = new HashMap<>();
        Map<Integer, String> firstNames = new LinkedHashMap<>();
        for (String definition : definitions) {
            int equals = definition.indexOf('=');
            String name = definition.substring(0, equals);
            int value = Integer.parseInt(definition.substring(equals + 1));
            values.put(name, value);
            lowerCase.put(name.toLowerCase(Locale.ROOT), name);
            firstNames.putIfAbsent(value, name);
        }
        List<Map.Entry<Integer, String>> sorted = new ArrayList<>(firstNames.entrySet());
        sorted.sort(Map.Entry.<Integer, String>comparingByKey().reversed());
        this.valueByName = Collections.unmodifiableMap(values);
        this.nameByLowerCase = lowerCase;
        this.descending = List.copyOf(sorted);
    }

    /** The enum's name in the client, such as {@code ETableRight}. */
    public String wireName() {
        StringBuilder name = new StringBuilder();
        for (String word : name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }

    /** Whether values combine as bit flags. */
    public boolean flags() {
        return flags;
    }

    /** The client's names in its order. */
    public List<String> names() {
        return List.copyOf(valueByName.keySet());
    }

    /** The value of a name, matched without regard to case and surrounding blanks. */
    public OptionalInt value(String name) {
        String canonical = nameByLowerCase.get(name.trim().toLowerCase(Locale.ROOT));
        return canonical == null ? OptionalInt.empty() : OptionalInt.of(valueByName.get(canonical));
    }

    /**
     * The value as the server writes it: the name defined for it; for flags, the names whose bits make it up, as .NET
     * picks them (largest defined value first) and lists them (smallest first). Null when no names make it up.
     */
    public String format(int value) {
        for (Map.Entry<Integer, String> defined : descending) {
            if (defined.getKey() == value) {
                return defined.getValue();
            }
        }
        if (!flags || value <= 0) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        int rest = value;
        for (Map.Entry<Integer, String> defined : descending) {
            int bits = defined.getKey();
            if (bits != 0 && (rest & bits) == bits) {
                parts.add(0, defined.getValue());
                rest &= ~bits;
            }
        }
        return rest == 0 ? String.join(", ", parts) : null;
    }
}
