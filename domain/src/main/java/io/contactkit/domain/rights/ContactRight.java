package io.contactkit.domain.rights;

/** What a user may do with contacts. */
public enum ContactRight {
    READ,
    CREATE,
    UPDATE,
    DELETE
}
