package io.contactkit.domain.port;

import io.contactkit.domain.model.ContactEntity;
import java.time.Instant;
import java.util.Objects;

/**
 * A contact as the store holds it, with the version the store uses to refuse lost updates.
 *
 * @param entity              the contact; list references hold their ids, display values are the core's business
 * @param version             increases with every successful update
 * @param previousUpdatedDate the UpdatedDate of the state the last update replaced, as {@link
 *                            ContactRepository#find} answers it; null for a contact never updated, and where the
 *                            store does not know it. With it, a conditional write can tell whether the contact
 *                            changed more than once within one second.
 */
public record StoredContact(ContactEntity entity, long version, Instant previousUpdatedDate) {

    public StoredContact {
        Objects.requireNonNull(entity, "entity");
    }

    /** A contact whose previous UpdatedDate is not known or does not matter: what insert and update answer. */
    public StoredContact(ContactEntity entity, long version) {
        this(entity, version, null);
    }
}
