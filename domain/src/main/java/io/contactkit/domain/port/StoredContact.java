package io.contactkit.domain.port;

import io.contactkit.domain.model.ContactEntity;
import java.util.Objects;

/**
 * A contact as the store holds it, with the version the store uses to refuse lost updates.
 *
 * @param entity  the contact; list references hold their ids, display values are the core's business
 * @param version increases with every successful update
 */
public record StoredContact(ContactEntity entity, long version) {

    public StoredContact {
        Objects.requireNonNull(entity, "entity");
    }
}
