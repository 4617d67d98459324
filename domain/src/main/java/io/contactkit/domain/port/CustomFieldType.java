package io.contactkit.domain.port;

/** The type a custom field's text value must parse as. */
public enum CustomFieldType {
    STRING,
    INTEGER,
    DECIMAL,
    DATE,
    BOOLEAN,
    LIST
}
