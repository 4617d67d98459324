package io.contactkit.patch;

import io.contactkit.domain.Caller;
import io.contactkit.domain.ContactService;
import io.contactkit.domain.UpdateCondition;
import io.contactkit.domain.model.ContactEntity;
import java.util.Objects;

/**
 * PATCH Contact/{id}: applies a JSON Patch or merge patch to the stored contact through the core's update path, so a
 * patched contact passes the same rights, server-owned fields, validation and custom-field rules as any other update,
 * and a patch that fails anywhere changes nothing.
 */
public final class ContactPatcher {

    private final ContactService contacts;

    public ContactPatcher(ContactService contacts) {
        this.contacts = Objects.requireNonNull(contacts, "contacts");
    }

    /**
     * Patches the contact as the caller sees it. When another writer saves first, the patch is applied again to the
     * fresh state, so its tests check what is actually overwritten.
     *
     * @return the contact as stored after the patch
     */
    public ContactEntity patch(int contactId, PatchDocument patch, UpdateCondition condition, Caller caller) {
        Objects.requireNonNull(patch, "patch");
        return contacts.modify(contactId, contact -> patch.applyTo(contact, contacts.customFieldCatalog()), condition,
                caller);
    }
}
