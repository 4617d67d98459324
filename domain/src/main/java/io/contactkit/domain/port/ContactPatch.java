package io.contactkit.domain.port;

import io.contactkit.domain.model.ContactEntity;

/**
 * A change a client sends as a patch, computed from the contact as the caller sees it: what a JSON Patch or merge
 * patch (the patch module's {@code PatchDocument}) is to the core. When another writer gets there first, the core
 * applies it again to the fresh state, so it must compute the new state from the one it is given and from nothing
 * else.
 */
@FunctionalInterface
public interface ContactPatch {

    /**
     * The contact with the patch applied; the given one is left as it was.
     *
     * @throws io.contactkit.domain.failure.InvalidInputException when the patch cannot apply to this contact
     * @throws io.contactkit.domain.failure.ConflictException     when the patch's own test finds another value
     */
    ContactEntity applyTo(ContactEntity seen);
}
