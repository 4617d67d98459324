package io.contactkit.domain.port;

import java.util.Objects;

/**
 * A stored value of a contact that a search can test, sort by or return: one of the contact's own values, or the
 * text of one custom field.
 *
 * @param value          which value
 * @param customFieldKey the custom field's key for {@link StoredValue#CUSTOM_FIELD}, else null
 */
public record SearchField(StoredValue value, String customFieldKey) {

    public SearchField {
        Objects.requireNonNull(value, "value");
        if ((value == StoredValue.CUSTOM_FIELD) != (customFieldKey != null)) {
            throw new IllegalArgumentException("a custom field, and only a custom field, names its key");
        }
    }

    public static SearchField of(StoredValue value) {
        return new SearchField(value, null);
    }

    public static SearchField customField(String key) {
        return new SearchField(StoredValue.CUSTOM_FIELD, Objects.requireNonNull(key, "key"));
    }

    public ValueType type() {
        return value.type();
    }

    /** How a store answers and compares a field's values. */
    public enum ValueType {
        /** {@link String}, never null: a missing text is {@code ""}. Compared by its {@link SearchText#fold fold}. */
        TEXT,
        /** {@link Integer}, never null: a missing id or number is 0. */
        WHOLE,
        /** {@link Boolean}, never null. */
        FLAG,
        /** {@link java.time.Instant}, null when the contact has none. */
        INSTANT
    }

    /**
     * The values a search can reach. Element values ({@code FIRST_PHONE}, ...) answer the first element of their
     * kind and match when any element of that kind does.
     */
    public enum StoredValue {
        CONTACT_ID(ValueType.WHOLE),
        NAME(ValueType.TEXT),
        DEPARTMENT(ValueType.TEXT),
        ORG_NR(ValueType.TEXT),
        NUMBER1(ValueType.TEXT),
        NUMBER2(ValueType.TEXT),
        KANANAME(ValueType.TEXT),
        ASSOCIATE_ID(ValueType.WHOLE),
        CATEGORY_ID(ValueType.WHOLE),
        BUSINESS_ID(ValueType.WHOLE),
        COUNTRY_ID(ValueType.WHOLE),
        XSTOP(ValueType.FLAG),
        NO_MAILING(ValueType.FLAG),
        DELETED(ValueType.FLAG),
        ACTIVE_ERP_LINKS(ValueType.WHOLE),
        HAS_INTERESTS(ValueType.FLAG),
        HAS_INFO_TEXT(ValueType.FLAG),
        UPDATED_BY_ID(ValueType.WHOLE),
        UPDATED_DATE(ValueType.INSTANT),
        CREATED_BY_ID(ValueType.WHOLE),
        CREATED_DATE(ValueType.INSTANT),
        PHONE(ValueType.TEXT),
        PHONE_DESCRIPTION(ValueType.TEXT),
        FAX(ValueType.TEXT),
        FAX_DESCRIPTION(ValueType.TEXT),
        EMAIL(ValueType.TEXT),
        EMAIL_DESCRIPTION(ValueType.TEXT),
        URL(ValueType.TEXT),
        URL_DESCRIPTION(ValueType.TEXT),
        POSTAL_CITY(ValueType.TEXT),
        POSTAL_ZIPCODE(ValueType.TEXT),
        STREET_CITY(ValueType.TEXT),
        STREET_ZIPCODE(ValueType.TEXT),
        FORMATTED_ADDRESS(ValueType.TEXT),
        CUSTOM_FIELD(ValueType.TEXT);

        private final ValueType type;

        StoredValue(ValueType type) {
            this.type = type;
        }

        public ValueType type() {
            return type;
        }
    }
}
