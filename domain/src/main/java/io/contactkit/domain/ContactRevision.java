package io.contactkit.domain;

import io.contactkit.domain.model.ContactEntity;
import java.util.Objects;

/**
 * A contact as the caller sees it, with the stored version it shows: what an answer's entity tag names and what
 * {@link Preconditions} compare.
 *
 * @param contact the contact, presented to the caller
 * @param version the stored version; 0 for a contact that is not stored (an enrichment answered unsaved)
 */
public record ContactRevision(ContactEntity contact, long version) {

    public ContactRevision {
        Objects.requireNonNull(contact, "contact");
        if (version < 0) {
            throw new IllegalArgumentException("a version is never negative: " + version);
        }
    }

    /** Whether the contact is stored at {@link #version()}. */
    public boolean stored() {
        return version > 0;
    }
}
