package io.contactkit.serialization;

import io.contactkit.domain.model.ContactEntity;

/**
 * The body of {@code POST Agents/Contact/ValidateContactEntity}. It is read through the core's property model like any
 * carrier, so its wire name is its component name with the first letter in upper case ({@code contactEntity} from the
 * official client matches too).
 *
 * @param contactEntity the contact to check; null when the client sends none (as the reference page's sample does)
 */
public record ValidateRequest(ContactEntity contactEntity) {
}
