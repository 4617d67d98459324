package io.contactkit.domain.port;

/** Where a custom field comes from: defined by an administrator (udef) or by a database schema change (extra). */
public enum CustomFieldKind {
    USER_DEFINED,
    EXTRA
}
